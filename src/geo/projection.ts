import { geoEqualEarth, geoNaturalEarth1, geoOrthographic } from 'd3';
import type { GeoProjection } from 'd3';
import type { LonLat } from '../data/schema';

export const PROJECTIONS = ['natural-earth', 'equal-earth', 'orthographic'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];

export interface ProjectionOptions {
  /** Width and height of the drawing area in CSS pixels. */
  width: number;
  height: number;
  /** [λ, φ] rotation: the globe's turn, or the flat maps' central meridian (λ only). */
  rotate?: [number, number];
  /** Free space kept around the sphere, in pixels. */
  inset?: number;
  /**
   * Adaptive resampling's tolerance in pixels (d3's precision): lines are bent to the projection until they are this
   * close. 0 turns it off, for outlines whose points are already dense (the world at 1:110m: the same drawing within
   * a pixel, in about half the time, which is most of the map's first task).
   */
  precision?: number;
}

/** A d3 projection of the whole sphere fitted into the drawing area. */
export function createProjection(name: ProjectionName, { width, height, rotate = [0, 0], inset = 8, precision = 0.3 }: ProjectionOptions): GeoProjection {
  const projection = name === 'orthographic' ? geoOrthographic().clipAngle(90) : name === 'equal-earth' ? geoEqualEarth() : geoNaturalEarth1();
  projection.rotate(name === 'orthographic' ? [rotate[0], rotate[1]] : [rotate[0], 0]).precision(precision);
  const w = Math.max(1, width - 2 * inset);
  const h = Math.max(1, height - 2 * inset);
  return projection.fitExtent(
    [
      [inset, inset],
      [inset + w, inset + h],
    ],
    { type: 'Sphere' },
  );
}

/** Whether a point faces the viewer: always on flat maps, on the near hemisphere of the globe. */
export function isPointVisible(projection: GeoProjection, point: LonLat): boolean {
  const clip = projection.clipAngle();
  if (!clip) return true;
  const [λ, φ] = projection.rotate();
  const centre: LonLat = [-λ, -φ];
  return angularDistanceDeg(centre, point) < clip;
}

function angularDistanceDeg(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const cos = Math.sin(a[1] * rad) * Math.sin(b[1] * rad) + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.cos((a[0] - b[0]) * rad);
  return Math.acos(Math.min(1, Math.max(-1, cos))) / rad;
}
