import { memo, useMemo } from 'react';
import type { GeoPath } from 'd3';
import type { Backbone } from '../../data/normalize';
import type { Cable, TerrestrialLink } from '../../data/schema';
import { cableGeometry, linkGeometry } from '../../geo/features';

export interface LineLayerProps {
  path: GeoPath;
  backbone: Backbone;
  /** Stroke colour per record; undefined falls back to the theme's colour for the kind. */
  colourOf: (carriers: readonly string[] | undefined) => string | undefined;
}

/** Submarine cables, one group each; an invisible wide stroke makes thin cables easy to hover and click. */
export const CableLayer = memo(function CableLayer({ path, backbone, cables, colourOf }: LineLayerProps & { cables: readonly Cable[] }) {
  const drawn = useMemo(() => cables.map((cable) => ({ cable, d: path(cableGeometry(cable, backbone)) ?? '' })), [cables, path, backbone]);
  return (
    <g className="cables">
      {drawn.map(({ cable, d }) => (
        <g key={cable.id} data-kind="cable" data-id={cable.id} className={`cable cable--${cable.status}`}>
          <path className="hit" d={d} />
          <path className="line" d={d} style={{ stroke: colourOf(cable.carriers) }} />
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
