import type { GeoPath, GeoProjection } from 'd3';
import type { Backbone } from '../../data/normalize';
import { cableGeometry, linkGeometry } from '../../geo/features';
import { isPointVisible } from '../../geo/projection';
import { useExplorer } from '../../store/context';
import type { EntityRef } from '../../store/types';
import { entityLocation } from '../entityInfo';

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
  if (entity.kind === 'cable') {
    const cable = backbone.cables.get(entity.id);
    return cable ? <path className={`${className} line-highlight`} d={path(cableGeometry(cable, backbone)) ?? ''} /> : null;
  }
  if (entity.kind === 'link') {
    const link = backbone.terrestrialLinks.get(entity.id);
    const geometry = link && linkGeometry(link, backbone);
    return geometry ? <path className={`${className} line-highlight`} d={path(geometry) ?? ''} /> : null;
  }
  const at = entityLocation(backbone, entity);
  if (!at || !isPointVisible(projection, at)) return null;
  const p = projection(at);
  return p ? <circle className={`${className} point-highlight`} cx={p[0]} cy={p[1]} /> : null;
}
