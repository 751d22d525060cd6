import type { Backbone } from '../../data/normalize';
import { useExplorer } from '../../store/context';
import { cutCount } from '../../store/slices/failureSlice';
import { countryImpactParts } from './failover/CountryImpactTable';
import type { EntityRef } from '../../kinds';
import { useFormatters, useMessages } from '../i18n/useMessages';
import type { Messages } from '../i18n/useMessages';
import { EntityList, Fact, Sources } from './DetailsParts';
import { safeHref } from './format';
import { CutButton } from './failover/CutButton';
import { Label } from './LongText';
import { useExplorerStore } from '../../store/context';

/** Picks this city as an end of the route inspector's route, and shows the inspector. */
function RouteEndButtons({ metroId }: { metroId: string }) {
  const store = useExplorerStore();
  const m = useMessages();
  const pick = (end: 'from' | 'to') => {
    const s = store.getState();
    s.setInspector(end === 'from' ? metroId : s.inspector.from, end === 'to' ? metroId : s.inspector.to);
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
        <RouteEndButtons metroId={metro.id} />
      </div>
      <EntityList
        title={m.lists.popCarriers}
        items={pops.flatMap((p) =>
          carrierItem(backbone, p.carrier, m).map((item) => {
            // When the PoP began, where known: its own year, or its carrier's network's (it cannot be older).
            const network = backbone.carriers.get(p.carrier)?.networkSince;
            const since = p.since !== undefined ? m.details.popSince(String(p.since)) : network !== undefined ? m.details.networkSince(String(network)) : null;
            return since ? { ...item, detail: `${item.detail} · ${since}` } : item;
          }),
        )}
      />
      <EntityList title={m.lists.ixps} items={ixps} />
      <EntityList title={m.lists.cablesNearby} items={cables} />
      <EntityList title={m.lists.links} items={links} />
      <Sources sources={metro.sources} notes={metro.notes} confidence={metro.confidence} />
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
        <Fact label={m.facts.peakTraffic}>{ixp.peakTraffic ? m.details.asOf(f.tbps(ixp.peakTraffic.tbps), f.date(ixp.peakTraffic.asOf)) : m.details.notPublished}</Fact>
        <Fact label={m.facts.members}>{ixp.members ? m.details.asOf(f.count(ixp.members.count), f.date(ixp.members.asOf)) : m.details.notPublished}</Fact>
        <Fact label={m.facts.website}>{website ? <a href={website} target="_blank" rel="noopener noreferrer" title={website}><Label text={new URL(website).hostname} /></a> : undefined}</Fact>
      </dl>
      <EntityList title={m.lists.city} items={metro ? [{ kind: 'metro', id: metro.id, label: metro.name, detail: f.countryName(metro.country) }] : []} />
      <Sources sources={ixp.sources} notes={ixp.notes} confidence={ixp.confidence} />
    </>
  );
}

export function CarrierDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const carrier = backbone.carriers.get(id);
  if (!carrier) return null;
  const website = safeHref(carrier.website);
  const pops = (backbone.popsByCarrier.get(id) ?? []).flatMap((p) => {
    const metro = backbone.metros.get(p.metro);
    return metro ? [{ kind: 'metro' as const, id: metro.id, label: metro.name, detail: p.facility ?? f.countryName(metro.country) }] : [];
  });
  const cables = (backbone.cablesByCarrier.get(id) ?? []).map((c) => ({ kind: 'cable' as const, id: c.id, label: c.name, detail: `${c.rfs}` }));
  // The relationships published for it (data/parts/relationships.json); the engine's modelled ones are in docs/MODEL.md §3.
  const network = (other: string): (EntityRef & { label: string; detail?: string })[] => {
    if (other.startsWith('access-')) {
      const code = other.slice('access-'.length).toUpperCase();
      return [{ kind: 'country', id: code, label: m.lists.accessNetworks(f.countryName(code)) }];
    }
    const c = backbone.carriers.get(other);
    return c ? [{ kind: 'carrier', id: c.id, label: c.name, detail: `AS${c.asn}` }] : [];
  };
  const relationships = backbone.dataset.relationships ?? [];
  const relations = {
    peers: relationships.flatMap((r) => (r.kind === 'peering' && r.peers.includes(id) ? network(r.peers[0] === id ? r.peers[1] : r.peers[0]) : [])),
    upstreams: relationships.flatMap((r) => (r.kind === 'transit' && r.customer === id ? network(r.provider) : [])),
    customers: relationships.flatMap((r) => (r.kind === 'transit' && r.provider === id ? network(r.customer) : [])),
  };
  const links = (backbone.linksByCarrier.get(id) ?? []).map((l) => ({
    kind: 'link' as const,
    id: l.id,
    label: `${backbone.metros.get(l.from)?.name ?? l.from} – ${backbone.metros.get(l.to)?.name ?? l.to}`,
  }));
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.asn}>{`AS${carrier.asn}`}</Fact>
        <Fact label={m.facts.tier}>{m.details.tier(carrier.tier)}</Fact>
        <Fact label={m.facts.headquarters}>{f.countryName(carrier.hq)}</Fact>
        <Fact label={m.facts.aliases}>{carrier.aliases?.join(', ')}</Fact>
        <Fact label={m.facts.website}>{website ? <a href={website} target="_blank" rel="noopener noreferrer" title={website}><Label text={new URL(website).hostname} /></a> : undefined}</Fact>
      </dl>
      <EntityList title={m.lists.pops} items={pops} />
      <EntityList title={m.lists.peers} items={relations.peers} />
      <EntityList title={m.lists.upstreams} items={relations.upstreams} />
      <EntityList title={m.lists.customers} items={relations.customers} />
      <EntityList title={m.lists.ownedCables} items={cables} />
      <EntityList title={m.lists.links} items={links} />
      <Sources sources={carrier.sources} notes={carrier.notes} confidence={carrier.confidence} />
    </>
  );
}

export function CountryDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const d = backbone.dataset;
  const metros = d.metros.filter((m) => m.country === id).map((m) => ({ kind: 'metro' as const, id: m.id, label: m.name }));
  const landings = d.landingPoints.filter((l) => l.country === id);
  const landingIds = new Set(landings.map((l) => l.id));
  const cables = d.cables
    .filter((c) => c.landingPoints.some((l) => landingIds.has(l)))
    .map((c) => ({ kind: 'cable' as const, id: c.id, label: c.name, detail: c.capacityTbps !== undefined ? `${c.rfs} · ${f.tbps(c.capacityTbps)}` : `${c.rfs}` }));
  // The country's access networks (one aggregate in the model): the upstreams published for them.
  const access = `access-${id.toLowerCase()}`;
  const upstreams = (d.relationships ?? []).flatMap((r) => {
    if (r.kind !== 'transit' || r.customer !== access) return [];
    const c = backbone.carriers.get(r.provider);
    return c ? [{ kind: 'carrier' as const, id: c.id, label: c.name, detail: `AS${c.asn}` }] : [];
  });
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.isoCode}>{id}</Fact>
        <Fact label={m.facts.cablesLanding}>{f.count(cables.length)}</Fact>
      </dl>
      <CountryUnderCuts id={id} />
      <EntityList title={m.lists.accessUpstreams} items={upstreams} />
      <EntityList title={m.lists.cities} items={metros} />
      <EntityList title={m.lists.landingPoints} items={landings.map((l) => ({ kind: 'landingPoint' as const, id: l.id, label: l.name }))} />
      <EntityList title={m.lists.borderCables} items={cables} />
    </>
  );
}

/** What the current cuts do to a country: cut off, its severity with what happened to its traffic, or not affected. */
function CountryUnderCuts({ id }: { id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  const scenario = useExplorer((s) => s.scenario);
  if (!anyCut || !scenario) return null;
  const row = scenario.degraded.find((d) => d.country === id);
  const words = scenario.isolated.includes(id)
    ? m.lists.cutOffNow
    : row
      ? [m.impact.severityName[row.severity], ...countryImpactParts(row, m, f)].join('; ')
      : m.lists.notAffected;
  return (
    <section className="entity-list">
      <h3>{m.lists.underCuts}</h3>
      <p className={row ? `severity-${row.severity}` : undefined}>{words}</p>
    </section>
  );
}
