import type { Backbone } from '../../data/normalize';
import { satelliteRttMs } from '../../model/satellite';
import { useFormatters, useMessages } from '../i18n/useMessages';
import { EntityList, Fact, Sources } from './DetailsParts';
import { Label } from './LongText';

/** A satellite backup: what it is, whom it serves, where it lands, what it carries, and its sources. */
export function SatelliteDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const sat = backbone.satelliteBackups.get(id);
  if (!sat) return null;
  const gateway = backbone.metros.get(sat.gateway);
  const home = backbone.dataset.metros.find((x) => x.country === sat.country);
  const rtt = home && gateway ? satelliteRttMs(sat.kind, home, gateway) : null;
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.orbit}>{m.impact.orbit[sat.kind]}</Fact>
        <Fact label={m.facts.operators}>
          <Label text={sat.operators.join(', ')} />
        </Fact>
        <Fact label={m.facts.backupCapacity}>{`${f.decimal(sat.capacityGbps, 1)} Gbit/s`}</Fact>
        <Fact label={m.facts.hopRtt}>{rtt === null ? undefined : f.ms(rtt)}</Fact>
        <Fact label={m.facts.availableSince}>{sat.until === undefined ? sat.since : `${sat.since}–${sat.until - 1}`}</Fact>
      </dl>
      <EntityList title={m.facts.country} items={[{ kind: 'country', id: sat.country, label: f.countryName(sat.country) }]} />
      <EntityList title={m.facts.groundStation} items={gateway ? [{ kind: 'metro', id: gateway.id, label: gateway.name, detail: f.countryName(gateway.country) }] : []} />
      <Sources collection="satelliteBackups" record={sat} />
    </>
  );
}
