import { memo, useCallback } from 'react';
import type { CSSProperties } from 'react';
import type { GeoProjection } from 'd3';
import type { Facility, Ixp, LandingPoint } from '../../data/schema';
import { isPointVisible } from '../../geo/projection';

import type { PopMetro } from '../../store/selectors';
import { InBlocks } from './Blocks';
import { BLOCK } from './useFirstDrawing';

/** Where a [lon, lat] lands on screen, or null when it is on the far side of the globe. */
function place(projection: GeoProjection, lon: number, lat: number): [number, number] | null {
  if (!isPointVisible(projection, [lon, lat])) return null;
  return projection([lon, lat]);
}

// Markers take `limit`: how many to draw, the first ones (all when undefined); the map's first drawing grows it task by task (useFirstDrawing).

/** Marker radius in CSS pixels; CSS divides it by the zoom so markers keep their size. */
const radius = (px: number) => ({ '--r': px }) as CSSProperties;
/** A square's centre, from which CSS places its corner at the zoom's size (the x and y attributes say the same for readers of the SVG). */
const centre = ([x, y]: readonly [number, number]) => ({ '--x': x, '--y': y }) as CSSProperties;

export const PopLayer = memo(function PopLayer({ projection, metros, colourOf, limit }: { projection: GeoProjection; metros: readonly PopMetro[]; colourOf: (carriers: readonly string[]) => string | undefined; limit?: number }) {
  const render = useCallback(
    ({ metro, carriers }: PopMetro) => {
      const p = place(projection, metro.lon, metro.lat);
      if (!p) return null;
      return <circle key={metro.id} data-kind="metro" data-id={metro.id} className="pop" cx={p[0]} cy={p[1]} style={{ ...radius(2.5 + Math.sqrt(carriers.length) * 1.3), fill: colourOf(carriers) }} />;
    },
    [projection, colourOf],
  );
  return (
    <g className="pops">
      <InBlocks items={metros} size={BLOCK.markers} limit={limit} render={render} />
    </g>
  );
});

export const IxpLayer = memo(function IxpLayer({ projection, ixps, limit }: { projection: GeoProjection; ixps: readonly Ixp[]; limit?: number }) {
  const render = useCallback(
    (ixp: Ixp) => {
      const p = place(projection, ixp.lon, ixp.lat);
      if (!p) return null;
      const size = 3 + Math.sqrt(ixp.members?.count ?? 50) / 8;
      return <rect key={ixp.id} data-kind="ixp" data-id={ixp.id} className="ixp" x={p[0]} y={p[1]} style={{ ...radius(size), ...centre(p) }} />;
    },
    [projection],
  );
  return (
    <g className="ixps">
      <InBlocks items={ixps} size={BLOCK.markers} limit={limit} render={render} />
    </g>
  );
});

export const LandingPointLayer = memo(function LandingPointLayer({ projection, landingPoints, limit }: { projection: GeoProjection; landingPoints: readonly LandingPoint[]; limit?: number }) {
  const render = useCallback(
    (lp: LandingPoint) => {
      const p = place(projection, lp.lon, lp.lat);
      if (!p) return null;
      return <circle key={lp.id} data-kind="landingPoint" data-id={lp.id} className="landing-point" cx={p[0]} cy={p[1]} style={radius(2.2)} />;
    },
    [projection],
  );
  return (
    <g className="landing-points">
      <InBlocks items={landingPoints} size={BLOCK.markers} limit={limit} render={render} />
    </g>
  );
});

/** Data centres and cloud regions: small diamonds, a cloud region's larger than a data centre's. */
export const FacilityLayer = memo(function FacilityLayer({ projection, facilities, limit }: { projection: GeoProjection; facilities: readonly Facility[]; limit?: number }) {
  const render = useCallback(
    (f: Facility) => {
      const p = place(projection, f.lon, f.lat);
      return p ? <FacilityMarker key={f.id} facility={f} at={p} /> : null;
    },
    [projection],
  );
  return (
    <g className="facilities">
      <InBlocks items={facilities} size={BLOCK.markers} limit={limit} render={render} />
    </g>
  );
});

/** One facility's diamond at a screen position: the layer's, and the selection's when the layer is off. */
export function FacilityMarker({ facility: f, at }: { facility: Facility; at: readonly [number, number] }) {
  return <rect data-kind="facility" data-id={f.id} className={`facility facility--${f.type}`} x={at[0]} y={at[1]} style={radius(f.type === 'cloud-region' ? 3.2 : 2.4)} />;
}
