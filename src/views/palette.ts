import type { Carrier } from '../data/schema';

/**
 * Okabe & Ito's colour-blind-safe set, then Paul Tol's "light" and "muted" schemes: distinct under the
 * common colour-vision deficiencies and readable on both themes. Past these the colours repeat, but never
 * among the carriers shown together (see createCarrierColours); the legend names each carrier.
 */
export const CARRIER_PALETTE = [
  '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00',
  '#CC79A7', '#77AADD', '#EE8866', '#44BB99', '#BBCC33', '#FFAABB',
  '#EEDD88', '#AAAA00', '#99DDFF', '#999933', '#CC6677', '#332288',
  '#DDCC77', '#117733', '#88CCEE', '#882255', '#44AA99', '#AA4499',
] as const;

/**
 * A colour per carrier, stable as far as possible: the Tier 1s first, then the rest, in dataset order,
 * round the palette. Among the carriers shown together (`shown`, the map's carrier filter), one that would
 * repeat an earlier one's colour takes the first colour none of them has, so that up to
 * CARRIER_PALETTE.length carriers shown together never share one.
 */
export function createCarrierColours(carriers: readonly Carrier[], shown: ReadonlySet<string> = new Set()): Map<string, string> {
  const ordered = [...carriers].sort((a, b) => a.tier - b.tier);
  const colours = new Map(ordered.map((c, i) => [c.id, CARRIER_PALETTE[i % CARRIER_PALETTE.length]!] as [string, string]));
  const together = carriers.filter((c) => shown.has(c.id));
  const taken = new Set<string>();
  // The colours the shown carriers hold by right are kept for them where possible.
  const reserved = new Set(together.map((c) => colours.get(c.id)!));
  for (const c of together) {
    const own = colours.get(c.id)!;
    if (!taken.has(own)) {
      taken.add(own);
      continue;
    }
    const next = CARRIER_PALETTE.find((p) => !taken.has(p) && !reserved.has(p)) ?? CARRIER_PALETTE.find((p) => !taken.has(p));
    if (next) {
      colours.set(c.id, next);
      taken.add(next);
    }
  }
  return colours;
}

/** Access networks (a country's ISPs as one aggregate) are drawn in one quiet grey: the carriers between them stand out. */
const ACCESS_NETWORK_COLOUR = '#c3cad4';

/** The colour of a network on a route: its carrier's colour, or the access networks' grey. */
export function networkColour(colours: ReadonlyMap<string, string> | undefined, network: string): string {
  return network.startsWith('access-') ? ACCESS_NETWORK_COLOUR : (colours?.get(network) ?? ACCESS_NETWORK_COLOUR);
}
