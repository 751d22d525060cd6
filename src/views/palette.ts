import type { Carrier } from '../data/schema';

/**
 * Okabe & Ito's colour-blind-safe set, then Paul Tol's "light" scheme: distinct
 * under the common colour-vision deficiencies and readable on both themes.
 * Past twelve carriers the colours repeat; the legend names each carrier.
 */
export const CARRIER_PALETTE = [
  '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00',
  '#CC79A7', '#77AADD', '#EE8866', '#44BB99', '#BBCC33', '#FFAABB',
] as const;

/** A stable colour per carrier: Tier 1 carriers first, in dataset order. */
export function createCarrierColours(carriers: readonly Carrier[]): Map<string, string> {
  const ordered = [...carriers].sort((a, b) => a.tier - b.tier);
  return new Map(ordered.map((c, i) => [c.id, CARRIER_PALETTE[i % CARRIER_PALETTE.length]!]));
}
