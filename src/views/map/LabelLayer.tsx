import { memo, useMemo } from 'react';
import type { GeoProjection } from 'd3';
import { placeLabels } from '../../geo/labelPlacement';
import { isPointVisible } from '../../geo/projection';
import type { Backbone } from '../../data/normalize';
import { useExplorer } from '../../store/context';
import { shorten } from '../panels/format';

/** A label on the map is a city's name, not its whole record: a name from the data is cut to this many characters. */
const MAP_LABEL_CHARS = 40;

/**
 * A label's box on screen, in px, for the placement that keeps labels apart: the text is 11 px in the explorer's
 * font (styles.css: `.label` and the root's font-family) with a halo; it starts 6 px right of its city and its
 * baseline is 4 px above it. Its width is measured on a canvas in that font, or, with no canvas, taken as 7 px a
 * character (DejaVu Sans, Debian's default, averages 6.2 px on city names, up to 7.5 px on a word such as "Bamako").
 */
const LABEL = { fontPx: 11, charPx: 7, padPx: 4, heightPx: 14, dx: 6, dy: 4, ascentPx: 11 } as const;
const LABEL_FONT = `${LABEL.fontPx}px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/**
 * The width of a label's text in px: measured where the page has a 2D canvas, estimated where it has none. Widths
 * are kept by name: the globe places its labels again on every turn, and the names do not change.
 */
const labelWidths = new Map<string, number>();
let labelContext: CanvasRenderingContext2D | null | undefined;
function labelWidth(text: string): number {
  let width = labelWidths.get(text);
  if (width === undefined) {
    labelContext ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (labelContext) labelContext.font = LABEL_FONT;
    width = labelContext ? labelContext.measureText(text).width : text.length * LABEL.charPx;
    labelWidths.set(text, width);
  }
  return width;
}

/** Zoom levels at which more labels appear; the layer re-renders only when the level changes. */
const LEVELS = [1, 2.5, 5, 10] as const;
function zoomLevel(k: number): number {
  let level = 0;
  LEVELS.forEach((threshold, i) => {
    if (k >= threshold) level = i;
  });
  return level;
}

/**
 * Metro names, the best-connected first: none on the whole world, more as you zoom in. Where two would overlap,
 * only the better-connected one is drawn (placed at the level's least zoom, so none overlaps anywhere in the level).
 */
export const LabelLayer = memo(function LabelLayer({ projection, backbone }: { projection: GeoProjection; backbone: Backbone }) {
  const level = useExplorer((s) => zoomLevel(s.zoom.k));
  const labels = useMemo(() => (level === 0 ? [] : placedLabels(projection, backbone, level)), [projection, backbone, level]);
  if (level === 0) return null;
  const k = LEVELS[level]!;
  return (
    <g className="labels" aria-hidden="true">
      {labels.map(({ id, name, point }) => (
        <text key={id} x={point[0] + LABEL.dx / k} y={point[1] - LABEL.dy / k} className="label">
          {name}
        </text>
      ))}
    </g>
  );
});

/** The metros labelled at a zoom level, with their names and projected points, none overlapping another. */
function placedLabels(projection: GeoProjection, backbone: Backbone, level: number): { id: string; name: string; point: [number, number] }[] {
  const minCarriers = level === 1 ? 6 : level === 2 ? 2 : 0;
  const k = LEVELS[level]!;
  const candidates: { id: string; name: string; point: [number, number]; weight: number }[] = [];
  for (const metro of backbone.dataset.metros) {
    const carriers = backbone.popsByMetro.get(metro.id)?.length ?? 0;
    const ixps = backbone.ixpsByMetro.get(metro.id)?.length ?? 0;
    const weight = carriers + ixps * 3;
    if (weight < minCarriers) continue;
    if (!isPointVisible(projection, [metro.lon, metro.lat])) continue;
    const p = projection([metro.lon, metro.lat]);
    if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    candidates.push({ id: metro.id, name: shorten(metro.name, MAP_LABEL_CHARS), point: [p[0], p[1]], weight });
  }
  candidates.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept = placeLabels(
    candidates.map(({ name, point }) => ({
      x: point[0] + LABEL.dx / k,
      y: point[1] - (LABEL.dy + LABEL.ascentPx) / k,
      width: (labelWidth(name) + LABEL.padPx) / k,
      height: LABEL.heightPx / k,
    })),
  );
  return candidates.filter((_, i) => kept[i]);
}
