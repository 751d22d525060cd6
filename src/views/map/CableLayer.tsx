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
export const CableLayer = memo(function CableLayer({ path, backbone, cables, year, colourOf }: LineLayerProps & { cables: readonly Cable[]; year: number }) {
  const drawn = useMemo(
    () =>
      cables.map((cable) => {
        const { inService, later } = cableGeometryIn(cable, backbone, year);
        return { cable, d: path(inService) ?? '', later: later ? (path(later) ?? '') : '' };
      }),
    [cables, path, backbone, year],
  );
  return (
    <g className="cables">
      {drawn.map(({ cable, d, later }) => (
        <g key={cable.id} data-kind="cable" data-id={cable.id} className={`cable cable--${statusIn(cable, year)}`}>
          <path className="hit" d={later ? `${d}${later}` : d} />
          <path className="line" d={d} style={{ stroke: colourOf(cable.carriers) }} />
          {/* Sections not yet finished this year, dashed like a planned cable. */}
          {later && <path className="line line--planned" d={later} />}
        </g>
      ))}
    </g>
  );
});

export const LinkLayer = memo(function LinkLayer({ path, backbone, links, colourOf }: LineLayerProps & { links: readonly TerrestrialLink[] }) {
  const drawn = useMemo(
    () =>
      links.map((link) => {
        const geometry = linkGeometry(link, backbone);
        return { link, d: geometry ? (path(geometry) ?? '') : '' };
      }),
    [links, path, backbone],
  );
  return (
    <g className="links">
      {drawn.map(({ link, d }) => (
        <g key={link.id} data-kind="link" data-id={link.id} className={`link${link.confidence ? ` link--${link.confidence}` : ''}`}>
          <path className="hit" d={d} />
          <path className="line" d={d} style={{ stroke: colourOf(link.carriers) }} />
        </g>
      ))}
    </g>
  );
});
