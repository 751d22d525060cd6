// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeOptions, normalizeOptions } from '../../src/embed/encodeOptions';
import { DEFAULT_OPTIONS } from '../../src/embed/options';
import type { ExplorerOptions } from '../../src/embed/options';
import { OPTION_KEYS, parseOptions } from '../../src/embed/parseOptions';
import { resolveOptions } from '../../src/embed/resolveOptions';
import { PROJECTIONS } from '../../src/geo/projection';
import { LAYERS } from '../../src/store/types';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const country = fc.stringMatching(/^[A-Z]{2}$/);
const cut = fc.oneof(
  id.map((i) => `cable:${i}`),
  fc.tuple(id, fc.nat({ max: 400 })).map(([i, n]) => `segment:${i}#${n}`),
  id.map((i) => `link:${i}`),
  id.map((i) => `metro:${i}`),
);
const select = fc.oneof(
  fc.tuple(fc.constantFrom('cable', 'link', 'metro', 'ixp', 'landingPoint', 'carrier'), id).map(([k, i]) => `${k}:${i}`),
  country.map((c) => `country:${c}`),
);
const origin = fc
  .tuple(fc.constantFrom('http', 'https'), fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 })))
  .map(([scheme, host, port]) => new URL(`${scheme}://${host}${port === null ? '' : `:${port}`}`).origin);
const dataSrc = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true }),
  fc.array(id, { minLength: 1, maxLength: 4 }).map((parts) => `${parts.join('/')}.json`),
  fc.webPath().filter((p) => p.startsWith('/') && !p.startsWith('//')),
);

/** Any valid ExplorerOptions: the values parseOptions accepts, in any order and with unrounded views. */
export const arbitraryOptions: fc.Arbitrary<ExplorerOptions> = fc.record({
  projection: fc.constantFrom(...PROJECTIONS),
  view: fc.option(
    fc.record({
      centre: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
      zoom: fc.double({ min: 1, max: 40, noNaN: true }),
    }),
  ),
  layers: fc.shuffledSubarray([...LAYERS]),
  carriers: fc.uniqueArray(id, { maxLength: 5 }),
  year: fc.option(fc.integer({ min: 1990, max: 2100 })),
  select: fc.option(select),
  cut: fc.uniqueArray(cut, { maxLength: 8 }),
  incident: fc.option(id),
  bgpEvent: fc.option(id),
  bgpHijack: fc.option(fc.record({ victim: id, by: id, moreSpecific: fc.boolean() })),
  bgpLeak: fc.option(fc.record({ victim: id, by: id, from: id, to: id }).filter((l) => l.from !== l.to)),
  bgpRov: fc.option(fc.constantFrom('none', 'tier1', '25%', '50%', '75%', 'all')),
  route: fc.option(fc.tuple(id, id).filter(([a, b]) => a !== b)),
  concept: fc.option(id),
  controls: fc.constantFrom('full', 'minimal', 'none'),
  autoplay: fc.boolean(),
  lang: fc.constantFrom('en', 'de'),
  theme: fc.constantFrom('dark', 'light'),
  height: fc.option(fc.integer({ min: 120, max: 4000 })),
  dataSrc: fc.option(dataSrc.filter((u) => parseOptions({ 'data-src': u }).warnings.length === 0)),
  allowOrigins: fc.uniqueArray(origin, { maxLength: 3 }),
});

const roundTrip = (options: ExplorerOptions) => parseOptions(new URLSearchParams(encodeOptions(options)));

describe('encodeOptions', () => {
  it('encodeOptions(DEFAULT_OPTIONS) is the empty string', () => {
    expect(encodeOptions(DEFAULT_OPTIONS)).toBe('');
  });

  it('encodeOptions writes only the options that differ from the defaults, in a fixed order', () => {
    const options = resolveOptions({ theme: 'light', year: 2008, projection: 'orthographic', autoplay: false, cut: ['metro:paris', 'cable:apollo'] });
    expect(encodeOptions(options)).toBe('projection=orthographic&year=2008&cut=cable:apollo,metro:paris&autoplay=0&theme=light');
  });

  it('encodeOptions rounds the view to 4 decimals for lon/lat and 3 for zoom', () => {
    expect(encodeOptions(resolveOptions({ view: { centre: [30.512345678, -20.00004], zoom: 2.54321 } }))).toBe('view=30.5123,-20,2.543');
    expect(encodeOptions(resolveOptions({ view: { centre: [-0.00001, 0], zoom: 1 } }))).toBe('view=0,0,1');
  });

  it('encodeOptions writes an empty layer list as layers=, and the default layers in another order not at all', () => {
    expect(encodeOptions(resolveOptions({ layers: [] }))).toBe('layers=');
    expect(encodeOptions(resolveOptions({ layers: ['ixps', 'pops', 'terrestrial', 'submarine'] }))).toBe('');
    expect(encodeOptions(resolveOptions({ layers: ['landingPoints', 'submarine'] }))).toBe('layers=submarine,landingPoints');
  });

  it('encodeOptions percent-encodes what a query needs encoded (# & = + space) and leaves , : / readable', () => {
    const options = resolveOptions({ cut: ['segment:amitie#1'], dataSrc: 'https://example.org/b.json?a=1&b=c+d', allowOrigins: ['https://example.org'] });
    const query = encodeOptions(options);
    expect(query).toBe('cut=segment:amitie%231&data-src=https://example.org/b.json%3Fa%3D1%26b%3Dc%2Bd&allow-origins=https://example.org');
    expect(roundTrip(options)).toEqual({
      options: { cut: ['segment:amitie#1'], dataSrc: 'https://example.org/b.json?a=1&b=c+d', allowOrigins: ['https://example.org'] },
      warnings: [],
    });
  });

  it('state → URL → state is the identity after normalisation, and writes no default (property)', () => {
    fc.assert(
      fc.property(arbitraryOptions, (options) => {
        const { options: parsed, warnings } = roundTrip(options);
        const normal = normalizeOptions(options);
        expect(warnings).toEqual([]);
        expect(resolveOptions(parsed)).toEqual(normal);
        const nonDefault = OPTION_KEYS.filter((k) => JSON.stringify(normal[k]) !== JSON.stringify(normalizeOptions(DEFAULT_OPTIONS)[k]));
        expect(Object.keys(parsed).sort()).toEqual([...nonDefault].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('encodeOptions is deterministic: equal options give equal strings, and a decoded URL encodes to itself (property)', () => {
    fc.assert(
      fc.property(arbitraryOptions, (options) => {
        const query = encodeOptions(options);
        expect(encodeOptions(structuredClone(options))).toBe(query);
        expect(encodeOptions(normalizeOptions(options))).toBe(query);
        expect(encodeOptions(resolveOptions(roundTrip(options).options))).toBe(query);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveOptions', () => {
  it('resolveOptions() is DEFAULT_OPTIONS, as a copy that shares no array with it', () => {
    const options = resolveOptions();
    expect(options).toEqual(DEFAULT_OPTIONS);
    options.layers.push('landingPoints');
    expect(DEFAULT_OPTIONS.layers).not.toContain('landingPoints');
  });

  it('resolveOptions lets later sources win and ignores fields set to undefined', () => {
    const options = resolveOptions({ theme: 'light', year: 2008, lang: 'de' }, { theme: 'dark', year: undefined }, { year: null });
    expect(options).toMatchObject({ theme: 'dark', year: null, lang: 'de', projection: 'natural-earth' });
  });

  it('resolveOptions ignores keys that are not options', () => {
    expect(resolveOptions({ colour: 'red' } as Partial<ExplorerOptions>)).toEqual(DEFAULT_OPTIONS);
  });
});
