import type { Backbone } from '../../../data/normalize';
import type { ScenarioView } from '../../../model/scenario';
import { useFormatters, useMessages } from '../../i18n/useMessages';
import { useGoTo } from '../useGoTo';

type Satellite = ScenarioView['onSatellite'][number];

/**
 * "on satellite backup: 1 Gbit/s for 1.9 Gbit/s of demand, RTT 573 ms" beside an isolated country that has one
 * (nothing otherwise); it opens the record's details, with its operators, ground station and sources.
 */
export function SatelliteLine({ backbone, satellite }: { backbone: Backbone; satellite: Satellite | undefined }) {
  const m = useMessages();
  const f = useFormatters();
  const goTo = useGoTo();
  if (!satellite) return null;
  const gbps = (x: number) => `${f.decimal(x, x < 10 ? 1 : 0)} Gbit/s`;
  const gateway = backbone.metros.get(satellite.gateway)?.name ?? satellite.gateway;
  const record = satellite.records[0];
  return (
    <>
      {' '}
      <button
        type="button"
        className="link-button satellite-backup"
        title={m.impact.satelliteVia(m.impact.orbit[satellite.kind], satellite.operators.join(', '), gateway)}
        onClick={() => record && goTo({ kind: 'satellite', id: record })}
      >
        {m.impact.onSatellite(gbps(satellite.capacityGbps), gbps(satellite.demandGbps), f.ms(satellite.rttMs))}
      </button>
    </>
  );
}
