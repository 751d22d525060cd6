import { memo } from 'react';
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

/** Path strings of the lines, for one projection: kept while a layer grows, so each line is projected once. */
interface LinePaths<T, D> {
  path: GeoPath;
  backbone: Backbone;
  byLine: Map<T, D>;
}
/** A cable's line depends on the year too: sections not yet in service are drawn apart. */
type CablePaths = LinePaths<Cable, { d: string; later: string }> & { year: number };

/**
 * The lines' paths for a projection, kept outside the layers' state: the first drawing renders as a transition,
 * which React throws away when a more urgent update comes, and the projected lines must not go with it.
 * Only the last year's cable paths are kept.
 */
const cablePathsByProjection = new WeakMap<GeoPath, WeakMap<Backbone, CablePaths>>();
const linkPathsByProjection = new WeakMap<GeoPath, WeakMap<Backbone, LinePaths<TerrestrialLink, string>>>();

function cablePathsFor(path: GeoPath, backbone: Backbone, year: number): CablePaths {
  let byBackbone = cablePathsByProjection.get(path);
  if (!byBackbone) cablePathsByProjection.set(path, (byBackbone = new WeakMap()));
  let paths = byBackbone.get(backbone);
  if (paths?.year !== year) byBackbone.set(backbone, (paths = { path, backbone, year, byLine: new Map() }));
  return paths;
}

function linkPathsFor(path: GeoPath, backbone: Backbone): LinePaths<TerrestrialLink, string> {
  let byBackbone = linkPathsByProjection.get(path);
  if (!byBackbone) linkPathsByProjection.set(path, (byBackbone = new WeakMap()));
  let paths = byBackbone.get(backbone);
  if (!paths) byBackbone.set(backbone, (paths = { path, backbone, byLine: new Map() }));
  return paths;
}

function cablePaths(paths: CablePaths, cable: Cable): { d: string; later: string } {
  let known = paths.byLine.get(cable);
  if (!known) {
    const { inService, later } = cableGeometryIn(cable, paths.backbone, paths.year);
    known = { d: paths.path(inService) ?? '', later: later ? (paths.path(later) ?? '') : '' };
    paths.byLine.set(cable, known);
  }
  return known;
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
const CableShape = memo(function CableShape({ cable, paths, status, stroke }: { cable: Cable; paths: CablePaths; status: Cable['status']; stroke: string | undefined }) {
  const { d, later } = cablePaths(paths, cable);
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

export const CableLayer = memo(function CableLayer({ path, backbone, cables, year, colourOf, limit }: LineLayerProps & { cables: readonly Cable[]; year: number }) {
  const paths = cablePathsFor(path, backbone, year);
  return (
    <g className="cables">
      {cables.slice(0, limit).map((cable) => (
        <CableShape key={cable.id} cable={cable} paths={paths} status={statusIn(cable, year)} stroke={colourOf(cable.carriers)} />
      ))}
    </g>
  );
});

export const LinkLayer = memo(function LinkLayer({ path, backbone, links, colourOf, limit }: LineLayerProps & { links: readonly TerrestrialLink[] }) {
  const paths = linkPathsFor(path, backbone);
  return (
    <g className="links">
      {links.slice(0, limit).map((link) => (
        <LinkShape key={link.id} link={link} paths={paths} stroke={colourOf(link.carriers)} />
      ))}
    </g>
  );
});
