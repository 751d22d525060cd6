// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBackbone } from '../../src/data/load';
import { CARRIER_PALETTE, createCarrierColours } from '../../src/views/palette';

const parsed = parseBackbone(JSON.parse(readFileSync('data/backbone.json', 'utf8')));
if (!parsed.ok) throw new Error('data/backbone.json is invalid');
const carriers = parsed.backbone.dataset.carriers;

describe('carrier colours', () => {
  it('the palette has no colour twice', () => {
    expect(new Set(CARRIER_PALETTE.map((c) => c.toLowerCase())).size).toBe(CARRIER_PALETTE.length);
  });

  it('the Tier 1 carriers, shown by default in the list first, all differ', () => {
    const colours = createCarrierColours(carriers);
    const tier1 = carriers.filter((c) => c.tier === 1).map((c) => colours.get(c.id));
    expect(new Set(tier1).size).toBe(tier1.length);
  });

  it('any carriers shown together (up to the palette’s size) never share a colour, and the others keep theirs', () => {
    const base = createCarrierColours(carriers);
    fc.assert(
      fc.property(fc.shuffledSubarray(carriers.map((c) => c.id), { minLength: 1, maxLength: CARRIER_PALETTE.length }), (shown) => {
        const colours = createCarrierColours(carriers, new Set(shown));
        const together = shown.map((id) => colours.get(id));
        expect(new Set(together).size).toBe(shown.length);
        for (const c of carriers) if (!shown.includes(c.id)) expect(colours.get(c.id)).toBe(base.get(c.id));
      }),
      { numRuns: 200 },
    );
  });
});
