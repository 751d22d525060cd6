// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTION_NAMES, formatCutTarget, parseCutTarget, parseEntityRef, parseOptions } from '../../src/embed/parseOptions';
import type { ExplorerOptions } from '../../src/embed/options';

const ID = 'a kebab-case id (lower-case letters, digits and single hyphens)';
const MESSAGES = {
  projection: 'projection must be one of natural-earth, equal-earth, orthographic',
  view: 'view must be lon,lat,zoom with longitude -180 to 180, latitude -90 to 90 and zoom 1 to 40, e.g. 30.5,20,2.5',
  layers: 'layers must be a comma list of submarine, terrestrial, pops, ixps, landingPoints, facilities',
  carriers: `carriers must be a comma list of carrier ids, each ${ID}`,
  year: 'year must be a whole year from 1990 to 2100',
  select: `select must be kind:id, with kind one of cable, link, metro, ixp, landingPoint, carrier, country, satellite, facility, and id ${ID}, or a two-letter upper-case code for a country, e.g. cable:marea or country:EG`,
  cut: 'cut must be a comma list of cable:ID, segment:ID#N, link:ID or metro:ID, with ids in kebab-case and N a segment number from 0',
  incident: `incident must be an incident id, ${ID}`,
  route: `route must be two different metro, data-centre or cloud-region ids, from,to, each ${ID}, e.g. london,new-york`,
  concept: `concept must be a concept id, ${ID}`,
  'bgp-hijack': `bgp-hijack must be victim,attacker or victim,attacker,more-specific: the victim a recorded block or an origin network, the attacker a carrier, each ${ID}`,
  'bgp-leak': `bgp-leak must be victim,leaker,from,to: the victim a recorded block or an origin network, then the leaker and two different providers or peers of it, each ${ID}`,
  'bgp-rov': 'bgp-rov must be one of none, tier1, 25%, 50%, 75%, all',
  controls: 'controls must be one of full, minimal, none',
  autoplay: 'autoplay must be 1, true, yes or on to play, or 0, false, no or off to stay still',
  lang: 'lang must be one of en, de',
  theme: 'theme must be one of dark, light',
  height: 'height must be a whole number of pixels from 120 to 4000, e.g. 480 or 480px',
  'data-src': 'data-src must be an http(s) URL or a relative path on this site, at most 2048 characters',
  'allow-origins': 'allow-origins must be a comma list of origins such as https://example.org: http or https, a host, no path',
} as const;

type Name = keyof typeof MESSAGES;
const KEY = Object.fromEntries(Object.entries(OPTION_NAMES).map(([key, name]) => [name, key])) as Record<Name, keyof ExplorerOptions>;

const GOOD: [Name, string, unknown][] = [
  ['projection', 'natural-earth', 'natural-earth'],
  ['projection', 'equal-earth', 'equal-earth'],
  ['projection', 'orthographic', 'orthographic'],
  ['view', '30.5,20,2.5', { centre: [30.5, 20], zoom: 2.5 }],
  ['view', '-180,-90,1', { centre: [-180, -90], zoom: 1 }],
  ['view', '180, 90, 40', { centre: [180, 90], zoom: 40 }],
  ['view', '-0,-0.0,1.', { centre: [0, 0], zoom: 1 }],
  ['layers', 'submarine,ixps', ['submarine', 'ixps']],
  ['layers', 'landingPoints', ['landingPoints']],
  ['layers', '', []],
  ['layers', 'pops,pops', ['pops']],
  ['carriers', 'lumen,arelion', ['lumen', 'arelion']],
  ['carriers', '', []],
  ['year', '1990', 1990],
  ['year', '2100', 2100],
  ['year', '2008', 2008],
  ['select', 'cable:marea', 'cable:marea'],
  ['select', 'landingPoint:bude-gb', 'landingPoint:bude-gb'],
  ['select', 'country:EG', 'country:EG'],
  ['cut', 'cable:apollo,segment:amitie#1,link:london-paris,metro:paris', ['cable:apollo', 'segment:amitie#1', 'link:london-paris', 'metro:paris']],
  ['cut', '', []],
  ['cut', 'cable:apollo, cable:apollo', ['cable:apollo']],
  ['incident', 'smw4-2008', 'smw4-2008'],
  ['route', 'london,new-york', ['london', 'new-york']],
  ['bgp-hijack', 'google,ptcl', { victim: 'google', by: 'ptcl', moreSpecific: false }],
  ['bgp-hijack', 'youtube-208-65-152-0-22,ptcl,more-specific', { victim: 'youtube-208-65-152-0-22', by: 'ptcl', moreSpecific: true }],
  ['bgp-leak', 'google,mainone-net,google,china-telecom', { victim: 'google', by: 'mainone-net', from: 'google', to: 'china-telecom' }],
  ['bgp-rov', 'tier1', 'tier1'],
  ['bgp-rov', '50%', '50%'],
  ['concept', 'bgp-failover', 'bgp-failover'],
  ['controls', 'full', 'full'],
  ['controls', 'minimal', 'minimal'],
  ['controls', 'none', 'none'],
  ...(['1', 'true', 'yes', 'on', 'TRUE', 'On', ''] as const).map((v): [Name, string, unknown] => ['autoplay', v, true]),
  ...(['0', 'false', 'no', 'off', 'False', 'NO'] as const).map((v): [Name, string, unknown] => ['autoplay', v, false]),
  ['lang', 'en', 'en'],
  ['lang', 'de', 'de'],
  ['theme', 'dark', 'dark'],
  ['theme', 'light', 'light'],
  ['height', '480', 480],
  ['height', '480px', 480],
  ['height', '120', 120],
  ['height', '4000px', 4000],
  ['data-src', 'https://example.org/backbone.json', 'https://example.org/backbone.json'],
  ['data-src', 'http://localhost:8080/data.json?v=2', 'http://localhost:8080/data.json?v=2'],
  ['data-src', 'data/backbone.json', 'data/backbone.json'],
  ['data-src', '/data/backbone.json', '/data/backbone.json'],
  ['data-src', '../backbone.json', '../backbone.json'],
  ['allow-origins', 'https://example.org,http://localhost:3000', ['https://example.org', 'http://localhost:3000']],
  ['allow-origins', 'https://Example.ORG/', ['https://example.org']],
  ['allow-origins', '', []],
];

const BAD: [Name, string][] = [
  ['projection', 'mercator'],
  ['projection', 'Natural-Earth'],
  ['projection', ''],
  ['view', '30,20'],
  ['view', '30,20,2,1'],
  ['view', '181,0,1'],
  ['view', '0,-90.5,1'],
  ['view', '0,0,0.5'],
  ['view', '0,0,41'],
  ['view', '0x10,0,1'],
  ['view', '1e2,0,1'],
  ['view', 'NaN,0,1'],
  ['view', 'Infinity,0,1'],
  ['view', ',,'],
  ['view', ''],
  ['year', '1989'],
  ['year', '2101'],
  ['year', '2008.5'],
  ['year', '02008'],
  ['year', 'next'],
  ['year', ''],
  ['select', 'marea'],
  ['select', 'ship:marea'],
  ['select', 'cable:Marea'],
  ['select', 'cable:'],
  ['select', 'country:eg'],
  ['select', 'country:EGY'],
  ['select', 'metro:new--york'],
  ['incident', 'SMW4 2008'],
  ['incident', ''],
  ['route', 'london'],
  ['route', 'london,london'],
  ['route', 'london,new-york,paris'],
  ['route', 'London,paris'],
  ['concept', 'BGP'],
  ['bgp-hijack', 'google'],
  ['bgp-hijack', 'google,ptcl,less-specific'],
  ['bgp-hijack', 'Google,ptcl'],
  ['bgp-leak', 'google,mainone-net,google'],
  ['bgp-leak', 'google,mainone-net,lumen,lumen'],
  ['bgp-rov', '40%'],
  ['bgp-rov', 'some'],
  ['controls', 'some'],
  ['autoplay', 'maybe'],
  ['autoplay', '2'],
  ['lang', 'fr'],
  ['lang', 'EN'],
  ['theme', 'blue'],
  ['height', '119'],
  ['height', '4001'],
  ['height', '480.5'],
  ['height', '50%'],
  ['height', '480 px'],
  ['height', '-480'],
  ['data-src', 'javascript:alert(1)'],
  ['data-src', 'JavaScript:alert(1)'],
  ['data-src', 'java\tscript:alert(1)'],
  ['data-src', 'data:application/json,{}'],
  ['data-src', 'ftp://example.org/backbone.json'],
  ['data-src', '//evil.example/backbone.json'],
  ['data-src', '/\\evil.example/backbone.json'],
  ['data-src', 'https://'],
  ['data-src', 'my data.json'],
  ['data-src', ''],
  ['data-src', `https://example.org/${'a'.repeat(2048)}`],
];

describe('parseOptions', () => {
  it.each(GOOD)('parseOptions({%s: %j}) reads the value', (name, value, expected) => {
    const { options, warnings } = parseOptions({ [name]: value });
    expect(warnings).toEqual([]);
    expect(options).toEqual({ [KEY[name]]: expected });
  });

  it.each(BAD)('parseOptions({%s: %j}) leaves the option out with a warning saying what is expected', (name, value) => {
    const { options, warnings } = parseOptions({ [name]: value });
    expect(options).toEqual({});
    const quoted = value.length > 200 ? `${value.slice(0, 200)}…` : value.trim();
    expect(warnings).toEqual([{ name, value: quoted, message: MESSAGES[name] }]);
  });

  it.each([
    ['layers', 'submarine,rivers', ['submarine'], 'rivers'],
    ['carriers', 'lumen,Level 3', ['lumen'], 'Level 3'],
    ['cut', 'cable:apollo,segment:amitie', ['cable:apollo'], 'segment:amitie'],
    ['cut', 'segment:amitie#01,link:london-paris', ['link:london-paris'], 'segment:amitie#01'],
    ['cut', 'cable:apollo#2,metro:paris', ['metro:paris'], 'cable:apollo#2'],
    ['allow-origins', 'https://example.org,https://example.org/path', ['https://example.org'], 'https://example.org/path'],
    ['allow-origins', 'https://a.example,javascript:alert(1)', ['https://a.example'], 'javascript:alert(1)'],
    ['allow-origins', 'https://a.example,https://user@b.example', ['https://a.example'], 'https://user@b.example'],
    ['allow-origins', 'https://a.example,https://b.example?x=1', ['https://a.example'], 'https://b.example?x=1'],
    ['allow-origins', 'https://a.example,*', ['https://a.example'], '*'],
  ] as const)('parseOptions({%s: %j}) keeps the good entries of a list and warns about the bad one', (name, value, kept, bad) => {
    const { options, warnings } = parseOptions({ [name]: value });
    expect(options).toEqual({ [KEY[name]]: kept });
    expect(warnings).toEqual([{ name, value: bad, message: MESSAGES[name] }]);
  });

  it.each([
    ['layers', 'rivers,roads'],
    ['carriers', 'Lumen'],
    ['cut', 'ship:apollo'],
    ['allow-origins', 'example.org'],
  ] as const)('parseOptions({%s: %j}) leaves a list out when every entry is bad, so a typo hides nothing', (name, value) => {
    const { options, warnings } = parseOptions({ [name]: value });
    expect(options).toEqual({});
    expect(warnings.map((w) => w.message)).toEqual(value.split(',').map(() => MESSAGES[name]));
  });

  it('parseOptions(URLSearchParams) reads every option from a query string, with names as written in the URL', () => {
    const params = new URLSearchParams(
      'projection=orthographic&view=30.5,20,2.5&layers=submarine&carriers=lumen&year=2008&select=cable:marea&cut=cable:apollo,segment:amitie%231' +
        '&incident=smw4-2008&route=london,paris&concept=anycast&controls=minimal&autoplay=0&lang=de&theme=light&height=480px' +
        '&data-src=https://example.org/b.json&allow-origins=https://example.org',
    );
    expect(parseOptions(params)).toEqual({
      warnings: [],
      options: {
        projection: 'orthographic', view: { centre: [30.5, 20], zoom: 2.5 }, layers: ['submarine'], carriers: ['lumen'], year: 2008,
        select: 'cable:marea', cut: ['cable:apollo', 'segment:amitie#1'], incident: 'smw4-2008', route: ['london', 'paris'], concept: 'anycast',
        controls: 'minimal', autoplay: false, lang: 'de', theme: 'light', height: 480, dataSrc: 'https://example.org/b.json',
        allowOrigins: ['https://example.org'],
      },
    });
  });

  it('parseOptions ignores unknown names, including the field names that are not parameter names', () => {
    expect(parseOptions({ utm_source: 'x', dataSrc: 'https://evil.example', allowOrigins: '*', Projection: 'orthographic', __proto__x: '1' })).toEqual({
      options: {},
      warnings: [],
    });
  });

  it('parseOptions with a repeated name takes the last value, good or bad', () => {
    expect(parseOptions(new URLSearchParams('theme=light&theme=dark')).options).toEqual({ theme: 'dark' });
    expect(parseOptions([['year', '2008'], ['year', '2009']]).options).toEqual({ year: 2009 });
    expect(parseOptions(new URLSearchParams('theme=light&theme=blue'))).toEqual({ options: {}, warnings: [{ name: 'theme', value: 'blue', message: MESSAGES.theme }] });
  });

  it('parseOptions(record) treats null and undefined as attributes that are absent', () => {
    expect(parseOptions({ theme: null, lang: undefined, height: '300' })).toEqual({ options: { height: 300 }, warnings: [] });
  });

  it('parseOptions trims the white space around a value', () => {
    expect(parseOptions({ theme: ' light\n', layers: ' pops , ixps ' }).options).toEqual({ theme: 'light', layers: ['pops', 'ixps'] });
  });

  it('parseOptions quotes at most 200 characters of a huge bad value in its warning', () => {
    const { warnings } = parseOptions({ theme: 'x'.repeat(100_000) });
    expect(warnings[0]?.value).toBe(`${'x'.repeat(200)}…`);
  });

  it('parseOptions keeps what it read before an iterable that throws', () => {
    function* entries(): Generator<[string, string]> {
      yield ['theme', 'light'];
      throw new Error('broken');
    }
    expect(parseOptions(entries())).toEqual({ options: { theme: 'light' }, warnings: [] });
  });

  it('parseOptions never throws, whatever the query string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (query) => {
        const result = parseOptions(new URLSearchParams(query));
        expect(result.warnings.every((w) => typeof w.message === 'string' && w.message.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  const name = fc.oneof(fc.constantFrom(...Object.values(OPTION_NAMES)), fc.string({ unit: 'grapheme' }), fc.constantFrom('__proto__', 'constructor', 'toString'));
  const value = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'binary', maxLength: 20_000 }),
    fc.array(fc.constantFrom('cable:apollo', 'segment:a#1', 'pops', '1', '-', ',', ':', '#', '30.5', 'https://a.example', 'javascript:', ' '), { maxLength: 30 }).map((a) => a.join('')),
  );

  it('parseOptions never throws on entries with any names and values, repeated or not (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 40 }), (entries) => {
        const fromEntries = parseOptions(entries);
        // URLSearchParams replaces lone surrogates, so only the record must agree exactly.
        expect(() => parseOptions(new URLSearchParams(entries))).not.toThrow();
        expect(parseOptions(Object.fromEntries(entries))).toEqual(fromEntries);
      }),
      { numRuns: 300 },
    );
  });

  it('parseOptions gives the same result for repeated names as for their last value alone (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(OPTION_NAMES)), fc.array(value, { minLength: 1, maxLength: 5 }), (n, values) => {
        expect(parseOptions(values.map((v): [string, string] => [n, v]))).toEqual(parseOptions([[n, values.at(-1) ?? '']]));
      }),
    );
  });

  it('parseOptions never throws on values that are not strings at run time', () => {
    const hostile = { toString: () => { throw new Error('no'); } };
    const input = { theme: hostile, year: 2008, layers: Symbol('x'), view: {} } as unknown as Record<string, string>;
    expect(() => parseOptions(input)).not.toThrow();
    expect(parseOptions(input).options).toMatchObject({ year: 2008 });
    expect(() => parseOptions(null as unknown as Record<string, string>)).not.toThrow();
    expect(() => parseOptions([null, ['theme'], 3] as unknown as [string, string][])).not.toThrow();
  });
});

describe('parseCutTarget and parseEntityRef', () => {
  it('parseCutTarget reads each kind, and formatCutTarget writes it back', () => {
    for (const text of ['cable:apollo', 'segment:amitie#0', 'segment:amitie#12', 'link:london-paris', 'metro:paris']) {
      const target = parseCutTarget(text);
      expect(target).not.toBeNull();
      if (target) expect(formatCutTarget(target)).toBe(text);
    }
    expect(parseCutTarget('segment:amitie#3')).toEqual({ kind: 'segment', id: 'amitie', index: 3 });
  });

  it('parseCutTarget rejects other kinds, missing or stray indexes and ids that are not kebab-case', () => {
    for (const text of ['ixp:linx', 'segment:amitie', 'cable:apollo#1', 'segment:amitie#-1', 'segment:amitie#1.5', 'cable:-apollo', 'cable:Apollo', 'cable:']) {
      expect(parseCutTarget(text)).toBeNull();
    }
  });

  it('parseEntityRef reads kind:id and allows an upper-case code only for a country', () => {
    expect(parseEntityRef('metro:new-york')).toEqual({ kind: 'metro', id: 'new-york' });
    expect(parseEntityRef('country:GB')).toEqual({ kind: 'country', id: 'GB' });
    expect(parseEntityRef('metro:GB')).toBeNull();
    expect(parseEntityRef('country:gb')).toBeNull();
  });
});

describe('parseOptions aliases', () => {
  it('parseOptions({focus}) reads focus=kind:id as select', () => {
    expect(parseOptions({ focus: 'ixp:de-cix-frankfurt' }).options).toEqual({ select: 'ixp:de-cix-frankfurt' });
  });

  it('parseOptions({carrier}) reads carrier=ID as select=carrier:ID, the carrier lens; select wins over it', () => {
    expect(parseOptions({ carrier: 'arelion' }).options).toEqual({ select: 'carrier:arelion' });
    expect(parseOptions(new URLSearchParams('carrier=arelion&select=cable:marea')).options).toEqual({ select: 'cable:marea' });
    expect(parseOptions({ carrier: 'Not An Id!' }).warnings).toHaveLength(1);
  });

  it('parseOptions gives select precedence over its alias focus, in either order', () => {
    expect(parseOptions(new URLSearchParams('select=cable:marea&focus=metro:paris')).options).toEqual({ select: 'cable:marea' });
    expect(parseOptions(new URLSearchParams('focus=metro:paris&select=cable:marea')).options).toEqual({ select: 'cable:marea' });
  });

  it('a bad focus value is reported under the name the page used, focus', () => {
    expect(parseOptions({ focus: 'nonsense' }).warnings.map((w) => w.name)).toEqual(['focus']);
  });
});
