import type { Backbone } from '../../../data/normalize';
import { CutList } from './CutList';
import { Criticality } from './Criticality';
import { ImpactPanel } from './ImpactPanel';
import { Incidents } from './Incidents';
import { RouteInspector } from './RouteInspector';

/** Everything about breaking the network: what is cut, what it did, incidents to replay, critical cables, routes. */
export function FailoverPanel({ backbone, colours }: { backbone: Backbone; colours: ReadonlyMap<string, string> }) {
  return (
    <div className="failover">
      <ImpactPanel backbone={backbone} />
      <CutList backbone={backbone} />
      <RouteInspector backbone={backbone} colours={colours} />
      <Incidents backbone={backbone} />
      <Criticality backbone={backbone} />
    </div>
  );
}
