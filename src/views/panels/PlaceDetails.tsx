import type { Backbone } from '../../data/normalize';
import { countryName } from '../entityInfo';
import { EntityList, Fact, Sources } from './DetailsParts';
import { formatCount, formatTbps, safeHref } from './format';
import { CutButton } from './failover/CutButton';
import { useExplorerStore } from '../../store/context';

/** Picks this city as an end of the route inspector's route, and shows the inspector. */
function RouteEndButtons({ metroId }: { metroId: string }) {
  const store = useExplorerStore();
  const pick = (end: 'from' | 'to') => {
    const s = store.getState();
    s.setInspector(end === 'from' ? metroId : s.inspector.from, end === 'to' ? metroId : s.inspector.to);
    s.setSideTab('failover');
  };
  return (
    <span className="route-ends">
      <button type="button" className="link-button" onClick={() => pick('from')}>
        Route from here
      </button>
      <button type="button" className="link-button" onClick={() => pick('to')}>
        Route to here
      </button>
    </span>
  );
}

const carrierItem = (backbone: Backbone, id: string) => {
  const c = backbone.carriers.get(id);
  return c ? [{ kind: 'carrier' as const, id: c.id, label: c.name, detail: `AS${c.asn}${c.tier === 1 ? ' · Tier 1' : ''}` }] : [];
};

export function MetroDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const metro = backbone.metros.get(id);
  if (!metro) return null;
  const pops = backbone.popsByMetro.get(id) ?? [];
  const ixps = (backbone.ixpsByMetro.get(id) ?? []).map((x) => ({ kind: 'ixp' as const, id: x.id, label: x.name, detail: x.members ? `${formatCount(x.members.count)} members` : undefined }));
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
      return { kind: 'link' as const, id: l.id, label: `to ${other?.name ?? '?'}`, detail: l.carriers.map((c) => backbone.carriers.get(c)?.name ?? c).join(', ') };
    });
  return (
    <>
      <dl className="facts">
        <Fact label="Country">{countryName(metro.country)}</Fact>
        <Fact label="Carriers present">{pops.length}</Fact>
      </dl>
      <div className="cut-actions">
        <CutButton target={{ kind: 'metro', id: metro.id }} label="this city (take it offline)" />
        <RouteEndButtons metroId={metro.id} />
      </div>
      <EntityList title="Carriers with a PoP" items={pops.flatMap((p) => carrierItem(backbone, p.carrier))} />
      <EntityList title="Internet exchanges" items={ixps} />
      <EntityList title="Cables landing nearby" items={cables} />
      <EntityList title="Terrestrial links" items={links} />
      <Sources sources={metro.sources} notes={metro.notes} confidence={metro.confidence} />
    </>
  );
}

export function IxpDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const ixp = backbone.ixps.get(id);
  if (!ixp) return null;
  const metro = backbone.metros.get(ixp.metro);
  const website = ixp.website ? safeHref(ixp.website) : null;
  return (
    <>
      <dl className="facts">
        <Fact label="Founded">{ixp.founded}</Fact>
        <Fact label="Peak traffic">{ixp.peakTraffic ? `${formatTbps(ixp.peakTraffic.tbps)} (as of ${ixp.peakTraffic.asOf})` : 'not published'}</Fact>
        <Fact label="Members">{ixp.members ? `${formatCount(ixp.members.count)} (as of ${ixp.members.asOf})` : 'not published'}</Fact>
        <Fact label="Website">{website ? <a href={website} target="_blank" rel="noopener noreferrer">{new URL(website).hostname}</a> : undefined}</Fact>
      </dl>
      <EntityList title="City" items={metro ? [{ kind: 'metro', id: metro.id, label: metro.name, detail: countryName(metro.country) }] : []} />
      <Sources sources={ixp.sources} notes={ixp.notes} confidence={ixp.confidence} />
    </>
  );
}

export function CarrierDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const carrier = backbone.carriers.get(id);
  if (!carrier) return null;
  const website = safeHref(carrier.website);
  const pops = (backbone.popsByCarrier.get(id) ?? []).flatMap((p) => {
    const m = backbone.metros.get(p.metro);
    return m ? [{ kind: 'metro' as const, id: m.id, label: m.name, detail: p.facility ?? countryName(m.country) }] : [];
  });
  const cables = (backbone.cablesByCarrier.get(id) ?? []).map((c) => ({ kind: 'cable' as const, id: c.id, label: c.name, detail: `${c.rfs}` }));
  const links = (backbone.linksByCarrier.get(id) ?? []).map((l) => ({
    kind: 'link' as const,
    id: l.id,
    label: `${backbone.metros.get(l.from)?.name ?? l.from} – ${backbone.metros.get(l.to)?.name ?? l.to}`,
  }));
  return (
    <>
      <dl className="facts">
        <Fact label="ASN">{`AS${carrier.asn}`}</Fact>
        <Fact label="Tier">{carrier.tier === 1 ? 'Tier 1 (transit-free)' : `Tier ${carrier.tier}`}</Fact>
        <Fact label="Headquarters">{countryName(carrier.hq)}</Fact>
        <Fact label="Also known as">{carrier.aliases?.join(', ')}</Fact>
        <Fact label="Website">{website ? <a href={website} target="_blank" rel="noopener noreferrer">{new URL(website).hostname}</a> : undefined}</Fact>
      </dl>
      <EntityList title="Points of presence" items={pops} />
      <EntityList title="Cables it owns a share of" items={cables} />
      <EntityList title="Terrestrial links" items={links} />
      <Sources sources={carrier.sources} notes={carrier.notes} confidence={carrier.confidence} />
    </>
  );
}

export function CountryDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const d = backbone.dataset;
  const metros = d.metros.filter((m) => m.country === id).map((m) => ({ kind: 'metro' as const, id: m.id, label: m.name }));
  const landings = d.landingPoints.filter((l) => l.country === id);
  const landingIds = new Set(landings.map((l) => l.id));
  const cables = d.cables.filter((c) => c.landingPoints.some((l) => landingIds.has(l))).map((c) => ({ kind: 'cable' as const, id: c.id, label: c.name, detail: `${c.rfs}` }));
  return (
    <>
      <dl className="facts">
        <Fact label="ISO code">{id}</Fact>
        <Fact label="Cables landing">{cables.length}</Fact>
      </dl>
      <EntityList title="Cities" items={metros} />
      <EntityList title="Landing points" items={landings.map((l) => ({ kind: 'landingPoint' as const, id: l.id, label: l.name }))} />
      <EntityList title="Cables" items={cables} />
    </>
  );
}
