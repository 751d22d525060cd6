import { useMemo } from 'react';
import type { GeoPath, GeoProjection } from 'd3';
import { isCableActiveIn } from '../../data/normalize';
import type { LonLat } from '../../data/schema';
import type { Backbone } from '../../data/normalize';
import { cableGeometry, linkGeometry } from '../../geo/features';
import { isPointVisible } from '../../geo/projection';
import { useExplorer } from '../../store/context';
import type { EntityRef } from '../../store/types';
import { entityLocation } from '../entityInfo';
import { FacilityMarker } from './NodeLayer';

/**
 * Draws the selected thing on top of everything, so that selecting re-renders
 * this small layer and not the layers of every cable and marker.
 */
export function SelectionLayer({ path, projection, backbone }: { path: GeoPath; projection: GeoProjection; backbone: Backbone }) {
  const selected = useExplorer((s) => s.selected);
  const hovered = useExplorer((s) => s.hovered);
  return (
    <g className="selection" aria-hidden="true">
      {hovered && !(selected && hovered.kind === selected.kind && hovered.id === selected.id) && <Highlight entity={hovered} className="hovered" {...{ path, projection, backbone }} />}
      {selected && <Highlight entity={selected} className="selected" {...{ path, projection, backbone }} />}
    </g>
  );
}

function Highlight({ entity, className, path, projection, backbone }: { entity: EntityRef; className: string; path: GeoPath; projection: GeoProjection; backbone: Backbone }) {
  const facilitiesShown = useExplorer((s) => s.layers.facilities);
  if (entity.kind === 'cable') {
    const cable = backbone.cables.get(entity.id);
    return cable ? <path className={`${className} line-highlight`} d={path(cableGeometry(cable, backbone)) ?? ''} /> : null;
  }
  if (entity.kind === 'link') {
    const link = backbone.terrestrialLinks.get(entity.id);
    const geometry = link && linkGeometry(link, backbone);
    return geometry ? <path className={`${className} line-highlight`} d={path(geometry) ?? ''} /> : null;
  }
  if (entity.kind === 'carrier' || entity.kind === 'country') return <GroupHighlight entity={entity} className={className} path={path} projection={projection} backbone={backbone} />;
  const at = entityLocation(backbone, entity);
  if (!at || !isPointVisible(projection, at)) return null;
  const p = projection(at);
  if (!p) return null;
  // Data centres are a layer that is off by default: one found by search or a link is still drawn where it is.
  const facility = entity.kind === 'facility' && !facilitiesShown ? backbone.facilities.get(entity.id) : undefined;
  return (
    <>
      {facility && <FacilityMarker facility={facility} at={p} />}
      <circle className={`${className} point-highlight`} cx={p[0]} cy={p[1]} />
    </>
  );
}

/**
 * A carrier or a country is many places, not one: its network is highlighted (a carrier's cables, links
 * and PoP cities in service that year; a country's cities and landing stations), not a ring at its centroid.
 */
function GroupHighlight({ entity, className, path, projection, backbone }: { entity: EntityRef; className: string; path: GeoPath; projection: GeoProjection; backbone: Backbone }) {
  const year = useExplorer((s) => s.year);
  const drawn = useMemo(() => {
    const lines: string[] = [];
    const points: LonLat[] = [];
    if (entity.kind === 'carrier') {
      for (const c of backbone.dataset.cables) if (c.carriers?.includes(entity.id) && isCableActiveIn(c, year)) lines.push(path(cableGeometry(c, backbone)) ?? '');
      for (const l of backbone.dataset.terrestrialLinks) {
        const geometry = l.carriers?.includes(entity.id) ? linkGeometry(l, backbone) : null;
        if (geometry) lines.push(path(geometry) ?? '');
      }
      for (const pop of backbone.popsByCarrier.get(entity.id) ?? []) {
        const m = backbone.metros.get(pop.metro);
        if (m) points.push([m.lon, m.lat]);
      }
    } else {
      for (const r of [...backbone.dataset.metros, ...backbone.dataset.landingPoints]) if (r.country === entity.id) points.push([r.lon, r.lat]);
    }
    const dots = points.flatMap((at) => {
      const p = isPointVisible(projection, at) ? projection(at) : null;
      return p ? [p] : [];
    });
    return { lines, dots };
  }, [entity, backbone, path, projection, year]);
  return (
    <g className={`${className} group-highlight`}>
      {drawn.lines.map((d, i) => (
        <path key={i} className="line-highlight" d={d} />
      ))}
      {drawn.dots.map(([x, y], i) => (
        <circle key={`p${i}`} className="point-highlight" cx={x} cy={y} />
      ))}
    </g>
  );
}
