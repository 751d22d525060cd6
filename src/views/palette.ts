import { lab } from 'd3';
import type { Carrier } from '../data/schema';
import type { Theme } from '../store/types';

/**
 * Okabe & Ito's colour-blind-safe set, then Paul Tol's "light" and "muted" schemes: distinct under the
 * common colour-vision deficiencies. Each theme draws them lightened or darkened to be seen on its map
 * (themedPalette). Past these the colours repeat, but never among the carriers shown together (see
 * createCarrierColours); the legend names each carrier.
 */
export const CARRIER_PALETTE = [
  '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00',
  '#CC79A7', '#77AADD', '#EE8866', '#44BB99', '#BBCC33', '#FFAABB',
  '#EEDD88', '#AAAA00', '#99DDFF', '#999933', '#CC6677', '#332288',
  '#DDCC77', '#117733', '#88CCEE', '#882255', '#44AA99', '#AA4499',
] as const;

/**
 * The map's land and sea in each theme (`--land` and `--sea` in styles.css, which a test holds to these): what a
 * carrier's line, PoP or packet is seen against.
 */
export const MAP_SURFACES: Record<Theme, readonly string[]> = { dark: ['#0a1727', '#1a2a3c'], light: ['#dcebf7', '#f7f4ee'] };
/** WCAG 2's least contrast for the parts of a graphic needed to understand it (1.4.11, non-text contrast). */
export const GRAPHIC_CONTRAST = 3;

function relativeLuminance(colour: string): number {
  const { r, g, b } = lab(colour).rgb();
  const linear = (v: number) => {
    const c = Math.min(1, Math.max(0, v / 255));
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2's contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** How far (CIE76 ΔE in CIELAB) a theme's colour stays from every one before it, so that two never look alike. */
const DISTINCT = 12;

/**
 * `colour` as a theme can show it: kept where it already stands out from the theme's land and sea by
 * GRAPHIC_CONTRAST, else lightened (dark theme) or darkened (light theme) in CIELAB lightness, hue and chroma
 * kept, just until it does and lies DISTINCT from the colours `taken` before it. Tol's indigo #332288 on the
 * dark sea was 1.2:1, Okabe & Ito's yellow on the light land 1.1:1; made legible, two pale blues became one on
 * the light map.
 */
export function legibleOn(colour: string, theme: Theme, taken: readonly string[] = []): string {
  const surfaces = MAP_SURFACES[theme];
  const base = lab(colour);
  const direction = theme === 'dark' ? 1 : -1;
  const distinct = (candidate: string) =>
    taken.every((other) => {
      const [a, b] = [lab(candidate), lab(other)];
      return Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b) >= DISTINCT;
    });
  for (let step = 0; step <= 100; step++) {
    const candidate = lab(base.l + direction * step, base.a, base.b).formatHex();
    // A colour of the set that already stands out is kept as its authors chose it; one moved must not land on another.
    if (surfaces.every((surface) => contrastRatio(candidate, surface) >= GRAPHIC_CONTRAST) && (step === 0 || distinct(candidate))) return candidate;
  }
  // Lightness alone could not keep it apart from those before it: legible comes first.
  return taken.length ? legibleOn(colour, theme) : theme === 'dark' ? '#ffffff' : '#000000';
}

const themed = new Map<Theme, readonly string[]>();
/** CARRIER_PALETTE as the theme draws it (legibleOn, each apart from those before it), in the same order. */
export function themedPalette(theme: Theme): readonly string[] {
  let palette = themed.get(theme);
  if (!palette) {
    const made: string[] = [];
    for (const colour of CARRIER_PALETTE) made.push(legibleOn(colour, theme, made));
    themed.set(theme, (palette = made));
  }
  return palette;
}

/**
 * A colour per carrier, stable as far as possible: the Tier 1s first, then the rest, in dataset order,
 * round the palette. Among the carriers shown together (`shown`, the map's carrier filter), one that would
 * repeat an earlier one's colour takes the first colour none of them has, so that up to
 * CARRIER_PALETTE.length carriers shown together never share one.
 */
export function createCarrierColours(carriers: readonly Carrier[], shown: ReadonlySet<string> = new Set(), theme: Theme = 'dark'): Map<string, string> {
  const palette = themedPalette(theme);
  const ordered = [...carriers].sort((a, b) => a.tier - b.tier);
  const colours = new Map(ordered.map((c, i) => [c.id, palette[i % palette.length]!] as [string, string]));
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
    const next = palette.find((p) => !taken.has(p) && !reserved.has(p)) ?? palette.find((p) => !taken.has(p));
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
