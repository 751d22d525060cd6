// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBackbone } from '../../src/data/load';
import { CARRIER_PALETTE, GRAPHIC_CONTRAST, MAP_SURFACES, contrastRatio, createCarrierColours, legibleOn, themedPalette } from '../../src/views/palette';

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

  it('each theme draws every colour at 3:1 or more against its map’s land and sea (WCAG 1.4.11), all still different', () => {
    for (const theme of ['dark', 'light'] as const) {
      const palette = themedPalette(theme);
      expect(palette).toHaveLength(CARRIER_PALETTE.length);
      expect(new Set(palette).size).toBe(palette.length);
      for (const colour of palette) for (const surface of MAP_SURFACES[theme]) expect(contrastRatio(colour, surface)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    }
  });

  it('keeps a colour that already stands out and moves one that does not, lighter on the dark map and darker on the light one', () => {
    expect(legibleOn('#E69F00', 'dark')).toBe('#e69f00');
    const indigoOnDark = legibleOn('#332288', 'dark');
    expect(contrastRatio('#332288', MAP_SURFACES.dark[0]!)).toBeLessThan(2);
    expect(contrastRatio(indigoOnDark, '#000000')).toBeGreaterThan(contrastRatio('#332288', '#000000'));
    const yellowOnLight = legibleOn('#F0E442', 'light');
    expect(contrastRatio(yellowOnLight, '#ffffff')).toBeGreaterThan(contrastRatio('#F0E442', '#ffffff'));
  });

  it('the map’s land and sea here are the stylesheet’s, in each theme', () => {
    const css = readFileSync('src/views/styles.css', 'utf8');
    const block = (selector: string) => css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)));
    const value = (text: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(text)?.[1]?.toLowerCase();
    for (const [theme, selector] of [['dark', '.explorer'], ['light', ".explorer[data-theme='light']"]] as const) {
      const text = block(selector);
      expect([value(text, 'sea'), value(text, 'land')]).toEqual(MAP_SURFACES[theme]);
    }
  });

  it('gives carriers the colours of the theme shown', () => {
    const light = new Set(themedPalette('light'));
    for (const colour of createCarrierColours(carriers, new Set(), 'light').values()) expect(light.has(colour)).toBe(true);
  });
});
