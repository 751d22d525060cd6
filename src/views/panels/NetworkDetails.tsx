import type { Backbone } from '../../data/normalize';
import { isCurrentPopList } from '../../data/popList';
import type { Carrier } from '../../data/schema';
import type { EntityRef } from '../../kinds';
import type { NetworkSummaryView } from '../../model/networkSummary';
import type { Relation } from '../../model/networks';
import { useExplorer } from '../../store/context';
import { cutCount } from '../../store/slices/failureSlice';
import { countryImpactParts } from './failover/CountryImpactTable';
import { useFormatters, useMessages } from '../i18n/useMessages';
import { EntityList, Fact, Sources } from './DetailsParts';
import { safeHref } from './format';
import { Label } from './LongText';
import { memberDetail } from './memberDetail';
import { popYearNote } from './popYear';

type Item = EntityRef & { label: string; detail?: string };
const INVERSE: Record<Relation, Relation> = { customer: 'provider', provider: 'customer', peer: 'peer' };

/** A carrier's neighbours by what they are to it, from the engine's relationships (published and modelled) once it has them, else the published ones. */
interface Neighbour {
  other: string;
  relation: Relation;
  modelled: boolean;
}

function neighboursOf(backbone: Backbone, id: string, summary: NetworkSummaryView | undefined): Neighbour[] {
  if (summary)
    return summary.relations.flatMap(([a, b, relation, modelled]) =>
      a === id ? [{ other: b, relation, modelled: modelled === 1 }] : b === id ? [{ other: a, relation: INVERSE[relation], modelled: modelled === 1 }] : [],
    );
  return (backbone.dataset.relationships ?? []).flatMap((r): Neighbour[] => {
    if (r.kind === 'peering') return r.peers.includes(id) ? [{ other: r.peers[0] === id ? r.peers[1] : r.peers[0], relation: 'peer', modelled: false }] : [];
    if (r.customer === id) return [{ other: r.provider, relation: 'provider', modelled: false }];
    return r.provider === id ? [{ other: r.customer, relation: 'customer', modelled: false }] : [];
  });
}

export function CarrierDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const summary = useExplorer((s) => s.scenario?.networks);
  const carrier = backbone.carriers.get(id);
  if (!carrier) return null;
  const website = safeHref(carrier.website);
  const pops = (backbone.popsByCarrier.get(id) ?? []).flatMap((p) => {
    const metro = backbone.metros.get(p.metro);
    if (!metro) return [];
    // Its year, as in a city's details: the details list every PoP the carrier has had, the map only the year's.
    const since = popYearNote(backbone, p, m);
    const where = p.facility ?? f.countryName(metro.country);
    return [{ kind: 'metro' as const, id: metro.id, label: metro.name, detail: since ? `${where} · ${since}` : where }];
  });
  const cables = (backbone.cablesByCarrier.get(id) ?? []).map((c) => ({ kind: 'cable' as const, id: c.id, label: c.name, detail: `${c.rfs}` }));
  const network = (other: string, modelled: boolean): Item[] => {
    const note = modelled ? ` · ${m.lists.modelled}` : '';
    if (other.startsWith('access-')) {
      const code = other.slice('access-'.length).toUpperCase();
      return [{ kind: 'country', id: code, label: m.lists.accessNetworks(f.countryName(code)), ...(note ? { detail: note.slice(3) } : {}) }];
    }
    const c = backbone.carriers.get(other);
    return c ? [{ kind: 'carrier', id: c.id, label: c.name, detail: `AS${c.asn}${note}` }] : [];
  };
  const neighbours = neighboursOf(backbone, id, summary);
  const by = (relation: Relation) =>
    neighbours
      .filter((n) => n.relation === relation)
      .sort((a, b) => Number(a.modelled) - Number(b.modelled) || Number(a.other.startsWith('access-')) - Number(b.other.startsWith('access-')))
      .flatMap((n) => network(n.other, n.modelled));
  const links = (backbone.linksByCarrier.get(id) ?? []).map((l) => ({
    kind: 'link' as const,
    id: l.id,
    label: `${backbone.metros.get(l.from)?.name ?? l.from} – ${backbone.metros.get(l.to)?.name ?? l.to}`,
  }));
  const memberships = (backbone.ixpsByMemberCarrier.get(id) ?? []).map((x) => {
    const member = x.memberCarriers?.find((entry) => entry.carrier === id);
    const city = backbone.metros.get(x.metro)?.name ?? x.metro;
    return { kind: 'ixp' as const, id: x.id, label: x.name, detail: member ? memberDetail(city, member, m) : city };
  });
  const stations = (backbone.landingPointsByStationCarrier.get(id) ?? []).map((l) => {
    const own = (l.stations ?? []).filter((s) => s.carrier === id);
    const names = own.flatMap((s) => (s.station !== undefined ? [s.station] : []));
    // Inferred only where every entry of the carrier's there is.
    const inferred = own.every((s) => s.confidence === 'inferred') ? [m.details.confidence.inferred] : [];
    return { kind: 'landingPoint' as const, id: l.id, label: l.name, detail: [...names, ...inferred].join(' · ') || undefined };
  });
  const titles = summary ? m.lists.engineRelations : m.lists.publishedRelations;
  return (
    <>
      <dl className="facts">
        <Fact label={m.facts.asn}>{`AS${carrier.asn}`}</Fact>
        <Fact label={m.facts.tier}>{m.details.tier(carrier.tier)}</Fact>
        <Fact label={m.facts.headquarters}>{f.countryName(carrier.hq)}</Fact>
        <Fact label={m.facts.popList}>
          <PopListFact popList={carrier.popList} />
        </Fact>
        <Fact label={m.facts.aliases}>{carrier.aliases?.join(', ')}</Fact>
        <Fact label={m.facts.website}>{website ? <a href={website} target="_blank" rel="noopener noreferrer" title={website}><Label text={new URL(website).hostname} /></a> : undefined}</Fact>
      </dl>
      <NetworkUnderCuts id={id} />
      <EntityList title={m.lists.pops} items={pops} limit={20} />
      <EntityList title={m.lists.ixpMemberships} items={memberships} limit={20} />
      <EntityList title={titles.peers} items={by('peer')} limit={12} />
      <EntityList title={titles.upstreams} items={by('provider')} limit={12} />
      <EntityList title={titles.customers} items={by('customer')} limit={12} />
      {summary && <p className="hint">{m.lists.relationsNote}</p>}
      <EntityList title={m.lists.ownedCables} items={cables} limit={20} />
      <EntityList title={m.lists.stationsRun} items={stations} limit={20} />
      <EntityList title={m.lists.links} items={links} limit={20} />
      <Sources collection="carriers" record={carrier} />
    </>
  );
}

/** Whether the carrier's PoPs were checked against its own published list, which one, and how old it is. */
function PopListFact({ popList }: { popList: Carrier['popList'] }) {
  const m = useMessages();
  if (!popList) return <>{m.details.popListNone}</>;
  const year = String(popList.year);
  const href = safeHref(popList.url);
  return (
    <>
      {isCurrentPopList(popList) ? m.details.popListComplete(year) : m.details.popListDated(year)}
      {': '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={href}>
          <Label text={popList.list} />
        </a>
      ) : (
        <Label text={popList.list} />
      )}
    </>
  );
}

/** What the current cuts do to a network's routes: kept (rerouted inside or untouched), withdrawn, taken over, lost. */
function NetworkUnderCuts({ id }: { id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  const counts = useExplorer((s) => s.scenario?.networks.underCuts[id]);
  if (!anyCut) return null;
  return (
    <section className="entity-list">
      <h3>{m.lists.underCuts}</h3>
      <p>{counts ? m.lists.networkUnderCuts({ kept: f.count(counts.kept), withdrew: f.count(counts.withdrew), tookOver: f.count(counts.tookOver), lost: f.count(counts.lost) }) : m.lists.notAffected}</p>
    </section>
  );
}

export function CountryDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const m = useMessages();
  const f = useFormatters();
  const shares = useExplorer((s) => s.scenario?.networks.upstreamShare[id]);
  const d = backbone.dataset;
  const metros = d.metros.filter((m) => m.country === id).map((m) => ({ kind: 'metro' as const, id: m.id, label: m.name }));
  const landings = d.landingPoints.filter((l) => l.country === id);
  const landingIds = new Set(landings.map((l) => l.id));
  const cables = d.cables
    .filter((c) => c.landingPoints.some((l) => landingIds.has(l)))
    .map((c) => ({ kind: 'cable' as const, id: c.id, label: c.name, detail: c.capacityTbps !== undefined ? `${c.rfs} · ${f.tbps(c.capacityTbps)}` : `${c.rfs}` }));
  const countryOf = (metro: string) => backbone.metros.get(metro)?.country;
  const borderLinks = d.terrestrialLinks
    .filter((l) => (countryOf(l.from) === id) !== (countryOf(l.to) === id))
    .map((l) => ({ kind: 'link' as const, id: l.id, label: l.name ?? `${backbone.metros.get(l.from)?.name ?? l.from} – ${backbone.metros.get(l.to)?.name ?? l.to}`, ...(l.capacityTbps !== undefined ? { detail: f.tbps(l.capacityTbps) } : {}) }));
  // The country's access networks (one aggregate in the model): the share of its international traffic each upstream
  // carries first, as the engine routes it; before the engine has answered, the upstreams published for them.
  const access = `access-${id.toLowerCase()}`;
  const upstreams: Item[] = shares
    ? shares.flatMap(([carrier, pct]) => {
        const c = backbone.carriers.get(carrier);
        return c ? [{ kind: 'carrier' as const, id: c.id, label: c.name, detail: `${f.decimal(pct, 1)} % · AS${c.asn}` }] : [];
      })
    : (d.relationships ?? []).flatMap((r) => {
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
      <EntityList title={shares ? m.lists.upstreamShares : m.lists.accessUpstreams} items={upstreams} />
      {shares && <p className="hint">{m.lists.upstreamSharesNote}</p>}
      <EntityList title={m.lists.cities} items={metros} limit={20} />
      <EntityList title={m.lists.landingPoints} items={landings.map((l) => ({ kind: 'landingPoint' as const, id: l.id, label: l.name }))} limit={20} />
      <EntityList title={m.lists.borderCables} items={cables} limit={20} />
      <EntityList title={m.lists.borderLinks} items={borderLinks} limit={20} />
    </>
  );
}

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
