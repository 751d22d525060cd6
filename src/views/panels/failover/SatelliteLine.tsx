import type { Backbone } from '../../../data/normalize';
import type { ScenarioView } from '../../../model/scenario';
import { useFormatters, useMessages } from '../../i18n/useMessages';

type Satellite = ScenarioView['onSatellite'][number];

/** "on satellite backup: 1 Gbit/s for 64 Gbit/s of demand, RTT 573 ms" beside an isolated country that has one; nothing otherwise. */
export function SatelliteLine({ backbone, satellite }: { backbone: Backbone; satellite: Satellite | undefined }) {
  const m = useMessages();
  const f = useFormatters();
  if (!satellite) return null;
  const gbps = (x: number) => `${f.decimal(x, x < 10 ? 1 : 0)} Gbit/s`;
  const gateway = backbone.metros.get(satellite.gateway)?.name ?? satellite.gateway;
  return (
    <span className="satellite-backup" title={m.impact.satelliteVia(m.impact.orbit[satellite.kind], satellite.operators.join(', '), gateway)}>
      {' '}
      {m.impact.onSatellite(gbps(satellite.capacityGbps), gbps(satellite.demandGbps), f.ms(satellite.rttMs))}
    </span>
  );
}
