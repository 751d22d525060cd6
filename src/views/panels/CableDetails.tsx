import type { Backbone } from '../../data/normalize';
import { countryName } from '../entityInfo';
import { EntityList, Fact, Sources } from './DetailsParts';
import { formatKm, formatStatus, formatTbps } from './format';
import { CutButton } from './failover/CutButton';

export function CableDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const cable = backbone.cables.get(id);
  if (!cable) return null;
  const landings = cable.landingPoints.flatMap((lpId) => {
    const lp = backbone.landingPoints.get(lpId);
    return lp ? [{ kind: 'landingPoint' as const, id: lp.id, label: lp.name, detail: countryName(lp.country) }] : [];
  });
  const carriers = (cable.carriers ?? []).flatMap((cId) => {
    const c = backbone.carriers.get(cId);
    return c ? [{ kind: 'carrier' as const, id: c.id, label: c.name, detail: `AS${c.asn}` }] : [];
  });
  return (
    <>
      <dl className="facts">
        <Fact label="Also known as">{cable.aliases?.filter((a) => a.toLowerCase() !== cable.name.toLowerCase()).join(', ')}</Fact>
        <Fact label="Status">{formatStatus(cable.status)}</Fact>
        <Fact label={cable.status === 'planned' ? 'Expected RFS' : 'Ready for service'}>{cable.rfs}</Fact>
        <Fact label="Retired">{cable.retired}</Fact>
        <Fact label="Length">{cable.lengthKm !== undefined ? formatKm(cable.lengthKm) : 'not published'}</Fact>
        <Fact label="Design capacity">{cable.capacityTbps !== undefined ? formatTbps(cable.capacityTbps) : 'not published'}</Fact>
        <Fact label="Segments">{cable.segments.length}</Fact>
        <Fact label="Owners">{cable.owners.join(', ')}</Fact>
      </dl>
      <div className="cut-actions">
        <CutButton target={{ kind: 'cable', id: cable.id }} label="the whole cable" />
      </div>
      <EntityList title="Carriers among the owners" items={carriers} />
      <EntityList title="Landing points" items={landings} />
      <section className="segments">
        <h3>
          Segments <span className="count">({cable.segments.length})</span>
        </h3>
        <ol>
          {cable.segments.map((seg, i) => (
            <li key={i}>
              <span>
                {backbone.landingPoints.get(seg.from)?.name ?? seg.from} – {backbone.landingPoints.get(seg.to)?.name ?? seg.to}
                {seg.overland && <span className="detail"> (over land)</span>}
              </span>
              <CutButton target={{ kind: 'segment', id: cable.id, index: i }} label="segment" />
            </li>
          ))}
        </ol>
      </section>
      <Sources sources={cable.sources} notes={cable.notes} confidence={cable.confidence} />
    </>
  );
}

export function LandingPointDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const lp = backbone.landingPoints.get(id);
  if (!lp) return null;
  const metro = backbone.metros.get(lp.metro);
  const cables = (backbone.cablesByLandingPoint.get(id) ?? []).map((c) => ({ kind: 'cable' as const, id: c.id, label: c.name, detail: `${c.rfs}` }));
  return (
    <>
      <dl className="facts">
        <Fact label="Country">{countryName(lp.country)}</Fact>
        <Fact label="Coordinates">{`${lp.lat.toFixed(3)}, ${lp.lon.toFixed(3)}`}</Fact>
      </dl>
      <EntityList title="Backhaul to" items={metro ? [{ kind: 'metro', id: metro.id, label: metro.name }] : []} />
      <EntityList title="Cables landing here" items={cables} />
      <Sources sources={lp.sources} notes={lp.notes} confidence={lp.confidence} />
    </>
  );
}

export function LinkDetails({ backbone, id }: { backbone: Backbone; id: string }) {
  const link = backbone.terrestrialLinks.get(id);
  if (!link) return null;
  const ends = [link.from, link.to].flatMap((mId) => {
    const m = backbone.metros.get(mId);
    return m ? [{ kind: 'metro' as const, id: m.id, label: m.name, detail: countryName(m.country) }] : [];
  });
  const carriers = link.carriers.flatMap((cId) => {
    const c = backbone.carriers.get(cId);
    return c ? [{ kind: 'carrier' as const, id: c.id, label: c.name, detail: `AS${c.asn}` }] : [];
  });
  return (
    <>
      <dl className="facts">
        <Fact label="Length">{link.lengthKm !== undefined ? formatKm(link.lengthKm) : 'not published'}</Fact>
        <Fact label="Capacity">{link.capacityTbps !== undefined ? formatTbps(link.capacityTbps) : undefined}</Fact>
        <Fact label="Path on the map">{link.route ? 'drawn along the published or modelled route' : 'straight line between the cities (schematic)'}</Fact>
      </dl>
      <div className="cut-actions">
        <CutButton target={{ kind: 'link', id: link.id }} label="this link" />
      </div>
      <EntityList title="Ends" items={ends} />
      <EntityList title="Carriers" items={carriers} />
      <Sources sources={link.sources} notes={link.notes} confidence={link.confidence} />
    </>
  );
}
