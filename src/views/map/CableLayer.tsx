import { memo, useMemo } from 'react';
import type { GeoPath } from 'd3';
import type { Backbone } from '../../data/normalize';
import type { Cable, TerrestrialLink } from '../../data/schema';
import { cableGeometryIn, linkGeometry } from '../../geo/features';

export interface LineLayerProps {
  path: GeoPath;
  backbone: Backbone;
  /** Stroke colour per record; undefined falls back to the theme's colour for the kind. */
  colourOf: (carriers: readonly string[] | undefined) => string | undefined;
  /** How many to draw, the first ones; all when undefined. The map's first drawing grows it task by task (useFirstDrawing). */
  limit?: number;
}

/**
 * A cable's status in the year shown, not today's: a cable retired since was in service then (drawn solid,
 * carrying packets), and one still planned today but due by then is drawn as planned.
 */
export function statusIn(cable: Cable, year: number): Cable['status'] {
  if (cable.retired !== undefined && cable.retired <= year) return 'retired';
  if (cable.status === 'retired') return 'in-service';
  return cable.status;
}

/** Submarine cables, one group each; an invisible wide stroke makes thin cables easy to hover and click. */
// One component per line, with plain props: while a layer's first drawing grows, or when the year or a filter
// changes, the lines already drawn and unchanged are skipped rather than compared element by element.
const CableShape = memo(function CableShape({ id, status, d, later, stroke }: { id: string; status: Cable['status']; d: string; later: string; stroke: string | undefined }) {
  return (
    <g data-kind="cable" data-id={id} className={`cable cable--${status}`}>
      <path className="hit" d={later ? `${d}${later}` : d} />
      <path className="line" d={d} style={{ stroke }} />
      {/* Sections not yet finished this year, dashed like a planned cable. */}
      {later && <path className="line line--planned" d={later} />}
    </g>
  );
});

const LinkShape = memo(function LinkShape({ id, confidence, d, stroke }: { id: string; confidence: TerrestrialLink['confidence']; d: string; stroke: string | undefined }) {
  return (
    <g data-kind="link" data-id={id} className={`link${confidence ? ` link--${confidence}` : ''}`}>
      <path className="hit" d={d} />
      <path className="line" d={d} style={{ stroke }} />
    </g>
  );
});

export const CableLayer = memo(function CableLayer({ path, backbone, cables, year, colourOf, limit }: LineLayerProps & { cables: readonly Cable[]; year: number }) {
  // Each cable's path is computed once for the projection and year, however many tasks its first drawing takes.
  const paths = useMemo(() => ({ path, backbone, year, byCable: new Map<Cable, { d: string; later: string }>() }), [path, backbone, year]);
  const drawn = useMemo(
    () =>
      cables.slice(0, limit).map((cable) => {
        let known = paths.byCable.get(cable);
        if (!known) {
          const { inService, later } = cableGeometryIn(cable, paths.backbone, paths.year);
          known = { d: paths.path(inService) ?? '', later: later ? (paths.path(later) ?? '') : '' };
          paths.byCable.set(cable, known);
        }
        return { cable, ...known };
      }),
    [cables, limit, paths],
  );
  return (
    <g className="cables">
      {drawn.map(({ cable, d, later }) => (
        <CableShape key={cable.id} id={cable.id} status={statusIn(cable, year)} d={d} later={later} stroke={colourOf(cable.carriers)} />
      ))}
    </g>
  );
});

export const LinkLayer = memo(function LinkLayer({ path, backbone, links, colourOf, limit }: LineLayerProps & { links: readonly TerrestrialLink[] }) {
  const drawn = useMemo(
    () =>
      links.slice(0, limit).map((link) => {
        const geometry = linkGeometry(link, backbone);
        return { link, d: geometry ? (path(geometry) ?? '') : '' };
      }),
    [links, limit, path, backbone],
  );
  return (
    <g className="links">
      {drawn.map(({ link, d }) => (
        <LinkShape key={link.id} id={link.id} confidence={link.confidence} d={d} stroke={colourOf(link.carriers)} />
      ))}
    </g>
  );
});
