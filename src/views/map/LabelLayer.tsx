import { memo } from 'react';
import type { GeoProjection } from 'd3';
import { isPointVisible } from '../../geo/projection';
import type { Backbone } from '../../data/normalize';
import { useExplorer } from '../../store/context';
import { shorten } from '../panels/format';

/** A label on the map is a city's name, not its whole record: a name from the data is cut to this many characters. */
const MAP_LABEL_CHARS = 40;

/** Zoom levels at which more labels appear; the layer re-renders only when the level changes. */
const LEVELS = [1, 2.5, 5, 10] as const;
function zoomLevel(k: number): number {
  let level = 0;
  LEVELS.forEach((threshold, i) => {
    if (k >= threshold) level = i;
  });
  return level;
}

/** Metro names, the best-connected first: none on the whole world, more as you zoom in. */
export const LabelLayer = memo(function LabelLayer({ projection, backbone }: { projection: GeoProjection; backbone: Backbone }) {
  const level = useExplorer((s) => zoomLevel(s.zoom.k));
  if (level === 0) return null;
  const minCarriers = level === 1 ? 6 : level === 2 ? 2 : 0;
  const k = LEVELS[level]!;
  return (
    <g className="labels" aria-hidden="true">
      {backbone.dataset.metros.map((metro) => {
        const carriers = backbone.popsByMetro.get(metro.id)?.length ?? 0;
        const ixps = backbone.ixpsByMetro.get(metro.id)?.length ?? 0;
        if (carriers + ixps * 3 < minCarriers) return null;
        if (!isPointVisible(projection, [metro.lon, metro.lat])) return null;
        const p = projection([metro.lon, metro.lat]);
        if (!p) return null;
        return (
          <text key={metro.id} x={p[0] + 6 / k} y={p[1] - 4 / k} className="label">
            {shorten(metro.name, MAP_LABEL_CHARS)}
          </text>
        );
      })}
    </g>
  );
});
