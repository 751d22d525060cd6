import type { Backbone } from '../../data/normalize';
import { useFormatters, useMessages } from '../i18n/useMessages';
import { EntityList, Fact, Sources } from './DetailsParts';
import { Label } from './LongText';
import { RouteEndButtons } from './PlaceDetails';

/** A data centre or cloud region: who runs it, since when, its region code, the city routes use, and its sources. */
export function FacilityDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const facility = backbone.facilities.get(id);
  if (!facility) return null;
  const metro = backbone.metros.get(facility.metro);
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.facilityType}>{m.facilityTypes[facility.type]}</Fact>
        <Fact label={m.facts.operator}>
          <Label text={facility.operator} />
        </Fact>
        <Fact label={m.facts.regionCode}>{facility.regionCode ? <Label text={facility.regionCode} /> : undefined}</Fact>
        <Fact label={m.facts.opened}>{facility.since === undefined ? m.facts.openedUnknown : String(facility.since)}</Fact>
      </dl>
      <div className="cut-actions">
        <RouteEndButtons endId={facility.id} />
      </div>
      <EntityList title={m.facts.routesVia} items={metro ? [{ kind: 'metro', id: metro.id, label: metro.name, detail: f.countryName(metro.country) }] : []} />
      <Sources collection="facilities" record={facility} />
    </>
  );
}
