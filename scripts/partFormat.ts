/**
 * The layout of the cable, metro, network and terrestrial files under data/parts: two-space JSON with every
 * array of numbers (a coordinate pair) on one line, so that a route's waypoints read one per line and diffs
 * stay small. Scripts that rewrite such a part write it through this, so a run changes only what it routed.
 */
export function formatPart(part: unknown): string {
  return `${JSON.stringify(part, null, 2).replace(/\[\s*(-?\d[\d.eE+-]*(?:,\s*-?\d[\d.eE+-]*)*)\s*\]/g, (_, inner: string) => `[${inner.split(/,\s*/).join(', ')}]`)}\n`;
}
