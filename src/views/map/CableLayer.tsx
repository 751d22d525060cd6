import { memo, useCallback } from 'react';
import type { GeoPath } from 'd3';
import type { Backbone } from '../../data/normalize';
import type { Cable, TerrestrialLink } from '../../data/schema';
import { cableGeometryIn, linkGeometry } from '../../geo/features';
import { cachedFor } from './projectionCache';
import { InBlocks } from './Blocks';
import { BLOCK } from './useFirstDrawing';

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

/** Path strings of the lines, for one projection: kept while a layer grows, so each line is projected once. */
interface LinePaths<T, D> {
  path: GeoPath;
  backbone: Backbone;
  byLine: Map<T, D>;
}
/**
 * A cable's line, and the sections not yet in service drawn apart (dashed). Only a cable whose segments have
 * years of their own (`staged`) draws differently from one year to another: its line is kept for `year`, every
 * other cable's for all years, so that a step of the year slider projects a handful of lines, not all of them.
 */
interface CableLine {
  d: string;
  later: string;
  /** The year, or the day of an incident replayed, the line was drawn for; null for a line the same every year. */
  when: number | string | null;
}
type CablePaths = LinePaths<Cable, CableLine>;

/** Whether some of a cable's segments came into service after the cable (its line then changes with the year, or the day of a replay). */
const staged = (cable: Cable) => cable.segments.some((s) => s.rfs !== undefined || s.rfsDate !== undefined);

/** The lines' paths per projection and dataset (cachedFor). */
const cablePathsByProjection = new WeakMap<GeoPath, WeakMap<Backbone, CablePaths>>();
const linkPathsByProjection = new WeakMap<GeoPath, WeakMap<Backbone, LinePaths<TerrestrialLink, string>>>();

function pathsFor<T, D>(cache: WeakMap<GeoPath, WeakMap<Backbone, LinePaths<T, D>>>, path: GeoPath, backbone: Backbone): LinePaths<T, D> {
  return cachedFor(cache, path, backbone, () => ({ path, backbone, byLine: new Map() }));
}

function cablePaths(paths: CablePaths, cable: Cable, year: number, day: string | undefined): CableLine {
  const when = day ?? year;
  const known = paths.byLine.get(cable);
  if (known && (known.when === null || known.when === when)) return known;
  const { inService, later } = cableGeometryIn(cable, paths.backbone, year, day);
  const line = { d: paths.path(inService) ?? '', later: later ? (paths.path(later) ?? '') : '', when: staged(cable) ? when : null };
  paths.byLine.set(cable, line);
  return line;
}

function linkPath(paths: LinePaths<TerrestrialLink, string>, link: TerrestrialLink): string {
  let known = paths.byLine.get(link);
  if (known === undefined) {
    const geometry = linkGeometry(link, paths.backbone);
    known = geometry ? (paths.path(geometry) ?? '') : '';
    paths.byLine.set(link, known);
  }
  return known;
}

/** Submarine cables, one group each; an invisible wide stroke makes thin cables easy to hover and click. */
// One component per line, with plain props: while a layer's first drawing grows, or when the year or a filter
// changes, the lines already drawn and unchanged are skipped rather than compared element by element. Each
// projects its own line, so that during the first drawing React can yield between lines (a round of 200
// cables, projected in one render, took 40–60 ms at ten times the data).
const CableShape = memo(function CableShape({
  cable,
  paths,
  year,
  day,
  status,
  stroke,
}: {
  cable: Cable;
  paths: CablePaths;
  /** Only for a staged cable: the others' lines are the same every year. */
  year: number | undefined;
  /** Only for a staged cable: the day of the incident replayed. */
  day: string | undefined;
  status: Cable['status'];
  stroke: string | undefined;
}) {
  const { d, later } = cablePaths(paths, cable, year ?? cable.rfs, day);
  return (
    <g data-kind="cable" data-id={cable.id} className={`cable cable--${status}`}>
      <path className="hit" d={later ? `${d}${later}` : d} />
      <path className="line" d={d} style={{ stroke }} />
      {/* Sections not yet finished this year, dashed like a planned cable. */}
      {later && <path className="line line--planned" d={later} />}
    </g>
  );
});

const LinkShape = memo(function LinkShape({ link, paths, stroke }: { link: TerrestrialLink; paths: LinePaths<TerrestrialLink, string>; stroke: string | undefined }) {
  const d = linkPath(paths, link);
  return (
    <g data-kind="link" data-id={link.id} className={`link${link.confidence ? ` link--${link.confidence}` : ''}`}>
      <path className="hit" d={d} />
      <path className="line" d={d} style={{ stroke }} />
    </g>
  );
});

export const CableLayer = memo(function CableLayer({ path, backbone, cables, year, day, colourOf, limit }: LineLayerProps & { cables: readonly Cable[]; year: number; day?: string }) {
  const paths = pathsFor(cablePathsByProjection, path, backbone);
  const render = useCallback(
    (cable: Cable) => (
      <CableShape key={cable.id} cable={cable} paths={paths} year={staged(cable) ? year : undefined} day={staged(cable) ? day : undefined} status={statusIn(cable, year)} stroke={colourOf(cable.carriers)} />
    ),
    [paths, year, day, colourOf],
  );
  return (
    <g className="cables">
      <InBlocks items={cables} size={BLOCK.cables} limit={limit} render={render} />
    </g>
  );
});

export const LinkLayer = memo(function LinkLayer({ path, backbone, links, colourOf, limit }: LineLayerProps & { links: readonly TerrestrialLink[] }) {
  const paths = pathsFor(linkPathsByProjection, path, backbone);
  const render = useCallback((link: TerrestrialLink) => <LinkShape key={link.id} link={link} paths={paths} stroke={colourOf(link.carriers)} />, [paths, colourOf]);
  return (
    <g className="links">
      <InBlocks items={links} size={BLOCK.links} limit={limit} render={render} />
    </g>
  );
});
