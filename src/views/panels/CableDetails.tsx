import type { Backbone } from '../../data/normalize';
import type { Cable } from '../../data/schema';
import { linkSince } from '../../data/normalize';
import { useFormatters, useMessages } from '../i18n/useMessages';
import { EntityList, Fact, Sources } from './DetailsParts';
import { CutButton } from './failover/CutButton';
import { LandingStations } from './LandingStations';
import { Label } from './LongText';

/** The year a segment entered service where it came after the rest of its cable (2Africa's West African trunk, 2025); else undefined. */
function laterYear(cable: Cable, segment: Cable['segments'][number]): number | undefined {
  return segment.rfs !== undefined && segment.rfs > cable.rfs ? segment.rfs : undefined;
}

/** The years of a cable's sections finished after the rest, said beside its own year. */
function laterYears(cable: Cable, say: (years: string) => string): string {
  const later = [...new Set(cable.segments.flatMap((s) => laterYear(cable, s) ?? []))].sort((a, b) => a - b);
  if (!later.length) return '';
  return say(later.length === 1 ? String(later[0]) : `${later[0]}–${later[later.length - 1]}`);
}

export function CableDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const cable = backbone.cables.get(id);
  if (!cable) return null;
  const landings = cable.landingPoints.flatMap((lpId) => {
    const lp = backbone.landingPoints.get(lpId);
    return lp ? [{ kind: 'landingPoint' as const, id: lp.id, label: lp.name, detail: f.countryName(lp.country) }] : [];
  });
  const carriers = (cable.carriers ?? []).flatMap((cId) => {
    const c = backbone.carriers.get(cId);
    return c ? [{ kind: 'carrier' as const, id: c.id, label: c.name, detail: `AS${c.asn}` }] : [];
  });
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.aliases}>{cable.aliases?.filter((a) => a.toLowerCase() !== cable.name.toLowerCase()).join(', ')}</Fact>
        <Fact label={m.facts.status}>{m.details.status[cable.status]}</Fact>
        <Fact label={cable.status === 'planned' ? m.facts.expectedRfs : m.facts.rfs}>{`${cable.rfsDate ? f.date(cable.rfsDate) : cable.rfs}${laterYears(cable, m.details.laterSegments)}`}</Fact>
        <Fact label={m.facts.retired}>{cable.retired}</Fact>
        <Fact label={m.facts.length}>{cable.lengthKm !== undefined ? f.km(cable.lengthKm) : m.details.notPublished}</Fact>
        <Fact label={m.facts.designCapacity}>{cable.capacityTbps !== undefined ? f.tbps(cable.capacityTbps) : m.details.notPublished}</Fact>
        <Fact label={m.facts.segments}>{f.count(cable.segments.length)}</Fact>
        <Fact label={m.facts.owners}>{cable.owners.join(', ')}</Fact>
      </dl>
      <div className="cut-actions">
        <CutButton target={{ kind: 'cable', id: cable.id }} />
      </div>
      <EntityList title={m.lists.ownerCarriers} items={carriers} />
      <EntityList title={m.lists.landingPoints} items={landings} />
      <section className="segments">
        <h3>
          {m.lists.segments} <span className="count">({f.count(cable.segments.length)})</span>
        </h3>
        <ol>
          {cable.segments.map((seg, i) => (
            <li key={i}>
              <span>
                <Label text={backbone.landingPoints.get(seg.from)?.name ?? seg.from} /> – <Label text={backbone.landingPoints.get(seg.to)?.name ?? seg.to} />
                {seg.overland && <span className="detail">{m.details.overLand}</span>}
                {seg.rfsDate !== undefined ? (
                  <span className="detail">{m.details.segmentFrom(f.date(seg.rfsDate))}</span>
                ) : (
                  laterYear(cable, seg) !== undefined && <span className="detail">{m.details.segmentFrom(String(seg.rfs))}</span>
                )}
              </span>
              <CutButton target={{ kind: 'segment', id: cable.id, index: i }} />
            </li>
          ))}
        </ol>
      </section>
      <Sources collection="cables" record={cable} />
    </>
  );
}

export function LandingPointDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const lp = backbone.landingPoints.get(id);
  if (!lp) return null;
  const metro = backbone.metros.get(lp.metro);
  const cables = (backbone.cablesByLandingPoint.get(id) ?? []).map((c) => ({ kind: 'cable' as const, id: c.id, label: c.name, detail: `${c.rfs}` }));
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.country}>{f.countryName(lp.country)}</Fact>
        <Fact label={m.facts.coordinates}>{f.lonLat(lp.lon, lp.lat, 3)}</Fact>
      </dl>
      <LandingStations backbone={backbone} landingPoint={lp} />
      <EntityList title={m.lists.backhaul} items={metro ? [{ kind: 'metro', id: metro.id, label: metro.name }] : []} />
      <EntityList title={m.lists.cablesHere} items={cables} />
      <Sources collection="landingPoints" record={lp} extraSources={(lp.stations ?? []).flatMap((s) => s.sources)} />
    </>
  );
}

export function LinkDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const link = backbone.terrestrialLinks.get(id);
  if (!link) return null;
  const ends = [link.from, link.to].flatMap((mId) => {
    const metro = backbone.metros.get(mId);
    return metro ? [{ kind: 'metro' as const, id: metro.id, label: metro.name, detail: f.countryName(metro.country) }] : [];
  });
  const carriers = link.carriers.flatMap((cId) => {
    const c = backbone.carriers.get(cId);
    return c ? [{ kind: 'carrier' as const, id: c.id, label: c.name, detail: `AS${c.asn}` }] : [];
  });
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.length}>{link.lengthKm !== undefined ? f.km(link.lengthKm) : m.details.notPublished}</Fact>
        <Fact label={m.facts.capacity}>{link.capacityTbps !== undefined ? f.tbps(link.capacityTbps) : undefined}</Fact>
        <Fact label={m.facts.path}>{link.route ? m.details.routed : m.details.straight}</Fact>
        <Fact label={m.facts.inServiceSince}>{sinceWords(m, link.since, linkSince(backbone, link))}</Fact>
      </dl>
      <div className="cut-actions">
        <CutButton target={{ kind: 'link', id: link.id }} />
      </div>
      <EntityList title={m.lists.ends} items={ends} />
      <EntityList title={m.lists.carriers} items={carriers} />
      <Sources collection="terrestrialLinks" record={link} />
    </>
  );
}

/** When a link or PoP began, and how we know: its own year, a bound from its carrier's network, or unknown. */
function sinceWords(m: ReturnType<typeof useMessages>, own: number | undefined, shown: number | undefined): string {
  if (own !== undefined) return m.facts.sinceOwn(String(own));
  return shown !== undefined ? m.facts.sinceCarrier(String(shown)) : m.facts.sinceUnknown;
}
