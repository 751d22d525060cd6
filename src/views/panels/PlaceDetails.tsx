import type { Backbone } from '../../data/normalize';
import { useFormatters, useMessages } from '../i18n/useMessages';
import type { Messages } from '../i18n/useMessages';
import { EntityList, Fact, Sources } from './DetailsParts';
import { safeHref } from './format';
import { CutButton } from './failover/CutButton';
import { memberDetail } from './memberDetail';
import { Label } from './LongText';
import { popYearNote } from './popYear';
import { useExplorerStore } from '../../store/context';

/** Picks this city, data centre or cloud region as an end of the route inspector's route, and shows the inspector. */
export function RouteEndButtons({ endId }: { endId: string }) {
  const store = useExplorerStore();
  const m = useMessages();
  const pick = (end: 'from' | 'to') => {
    const s = store.getState();
    s.setInspector(end === 'from' ? endId : s.inspector.from, end === 'to' ? endId : s.inspector.to);
    s.setSideTab('failover');
  };
  return (
    <span className="route-ends">
      <button type="button" className="link-button" onClick={() => pick('from')}>
        {m.details.routeFrom}
      </button>
      <button type="button" className="link-button" onClick={() => pick('to')}>
        {m.details.routeTo}
      </button>
    </span>
  );
}

const carrierItem = (backbone: Backbone, id: string, m: Messages) => {
  const c = backbone.carriers.get(id);
  return c ? [{ kind: 'carrier' as const, id: c.id, label: c.name, detail: `AS${c.asn}${c.tier === 1 ? ` · ${m.details.tier1Badge}` : ''}` }] : [];
};

export function MetroDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const metro = backbone.metros.get(id);
  if (!metro) return null;
  const pops = backbone.popsByMetro.get(id) ?? [];
  const ixps = (backbone.ixpsByMetro.get(id) ?? []).map((x) => ({ kind: 'ixp' as const, id: x.id, label: x.name, detail: x.members ? m.details.members(f.count(x.members.count)) : undefined }));
  const facilities = (backbone.facilitiesByMetro.get(id) ?? []).map((x) => ({ kind: 'facility' as const, id: x.id, label: x.name, detail: m.facilityTypes[x.type] }));
  const landings = backbone.landingPointsByMetro.get(id) ?? [];
  const cableIds = new Set(landings.flatMap((lp) => (backbone.cablesByLandingPoint.get(lp.id) ?? []).map((c) => c.id)));
  const cables = [...cableIds].flatMap((cId) => {
    const c = backbone.cables.get(cId);
    return c ? [{ kind: 'cable' as const, id: c.id, label: c.name, detail: `${c.rfs}` }] : [];
  });
  const links = backbone.dataset.terrestrialLinks
    .filter((l) => l.from === id || l.to === id)
    .map((l) => {
      const other = backbone.metros.get(l.from === id ? l.to : l.from);
      return { kind: 'link' as const, id: l.id, label: m.details.linkTo(other?.name ?? '?'), detail: l.carriers.map((c) => backbone.carriers.get(c)?.name ?? c).join(', ') };
    });
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.country}>{f.countryName(metro.country)}</Fact>
        <Fact label={m.facts.carriersPresent}>{f.count(pops.length)}</Fact>
      </dl>
      <div className="cut-actions">
        <CutButton target={{ kind: 'metro', id: metro.id }} />
        <RouteEndButtons endId={metro.id} />
      </div>
      <EntityList
        title={m.lists.popCarriers}
        items={pops.flatMap((p) =>
          carrierItem(backbone, p.carrier, m).map((item) => {
            const since = popYearNote(backbone, p, m);
            return since ? { ...item, detail: `${item.detail} · ${since}` } : item;
          }),
        )}
      />
      <EntityList title={m.lists.ixps} items={ixps} />
      {/* Several share the city's point on the map (its position, where no site is published): here each can be reached. */}
      <EntityList title={m.lists.facilities} items={facilities} limit={12} />
      <EntityList title={m.lists.cablesNearby} items={cables} />
      <EntityList title={m.lists.links} items={links} />
      <Sources collection="metros" record={metro} />
    </>
  );
}

export function IxpDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const ixp = backbone.ixps.get(id);
  if (!ixp) return null;
  const metro = backbone.metros.get(ixp.metro);
  const website = ixp.website ? safeHref(ixp.website) : null;
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.founded}>{ixp.founded}</Fact>
        <Fact label={m.facts.closed}>{ixp.closed}</Fact>
        <Fact label={m.facts.peakTraffic}>{ixp.peakTraffic ? m.details.asOf(f.tbps(ixp.peakTraffic.tbps), f.date(ixp.peakTraffic.asOf)) : m.details.notPublished}</Fact>
        <Fact label={m.facts.members}>{ixp.members ? m.details.asOf(f.count(ixp.members.count), f.date(ixp.members.asOf)) : m.details.notPublished}</Fact>
        <Fact label={m.facts.website}>{website ? <a href={website} target="_blank" rel="noopener noreferrer" title={website}><Label text={new URL(website).hostname} /></a> : undefined}</Fact>
      </dl>
      <EntityList title={m.lists.city} items={metro ? [{ kind: 'metro', id: metro.id, label: metro.name, detail: f.countryName(metro.country) }] : []} />
      <EntityList
        title={m.lists.memberCarriers}
        items={(ixp.memberCarriers ?? []).flatMap((member) =>
          carrierItem(backbone, member.carrier, m).map((item) => ({ ...item, detail: memberDetail(item.detail, member, m) })),
        )}
        limit={20}
      />
      {/* The member lists and peering pages that name the member carriers are the exchange's sources too. */}
      <Sources collection="ixps" record={ixp} extraSources={(ixp.memberCarriers ?? []).flatMap((member) => member.sources)} />
    </>
  );
}
