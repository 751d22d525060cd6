// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackbone } from '../../src/data/load';
import { normalizeOptions } from '../../src/embed/encodeOptions';
import { DEFAULT_OPTIONS } from '../../src/embed/options';
import type { ExplorerOptions } from '../../src/embed/options';
import { resolveOptions } from '../../src/embed/resolveOptions';
import { applyOptions, optionsFromState } from '../../src/embed/stateOptions';
import { PROJECTIONS } from '../../src/geo/projection';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { LAYERS } from '../../src/store/types';
import { tinyBackbone, tinyDataset } from '../fixtures/loadFixture';

/** The tiny fixture (asOf 2022, years 1990–2023) plus an incident in 2010 that cuts Apollo's only segment, found by its position. */
function backboneWithIncident() {
  const dataset = tinyDataset();
  dataset.incidents = [
    { id: 'apollo-2010', name: 'Apollo fault', date: '2010-03-01', cause: 'anchor', faults: [{ cable: 'apollo', at: [-30, 45] }], reported: 'test', sources: ['https://example.org/test'] },
  ];
  const result = parseBackbone(dataset);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
  return result.backbone;
}

function readyStore(backbone = backboneWithIncident()) {
  const store = createExplorerStore();
  store.getState().setDataset({ ok: true, backbone });
  return store;
}

describe('applyOptions', () => {
  it('applyOptions sets every option the store holds through its actions', () => {
    const store = readyStore();
    const warnings = applyOptions(
      store,
      resolveOptions({
        projection: 'orthographic', view: { centre: [-30, 45], zoom: 3 }, layers: ['submarine', 'landingPoints'], carriers: ['lumen'], year: 2020,
        select: 'cable:apollo', cut: ['segment:amitie#1', 'link:london-paris'], route: ['london', 'new-york'], theme: 'light', autoplay: false,
      }),
    );
    const s = store.getState();
    expect(warnings).toEqual([]);
    expect(s.projection).toBe('orthographic');
    expect(s.focus).toMatchObject({ at: [-30, 45], scale: 3 });
    expect(s.layers).toEqual({ submarine: true, terrestrial: false, pops: false, ixps: false, landingPoints: true, facilities: false });
    expect([...s.carrierFilter]).toEqual(['lumen']);
    expect(s.year).toBe(2020);
    expect(s.selected).toEqual({ kind: 'cable', id: 'apollo' });
    expect(s.cuts).toEqual({ cables: [], segments: ['amitie#1'], links: ['london-paris'], metros: [] });
    expect(s.inspector).toMatchObject({ from: 'london', to: 'new-york' });
    expect(s.theme).toBe('light');
    expect(s.playing).toBe(false);
  });

  it('applyOptions skips ids the dataset lacks, with a warning naming the option and the value, and applies the rest', () => {
    const store = readyStore();
    const warnings = applyOptions(
      store,
      resolveOptions({
        carriers: ['lumen', 'level-3'],
        cut: ['cable:atlantis', 'segment:amitie#5', 'segment:nowhere#0', 'link:nowhere', 'metro:atlantis', 'cable:apollo'],
        select: 'metro:atlantis',
        incident: 'no-such-incident',
        route: ['london', 'atlantis'],
        year: 2100,
        theme: 'light',
      }),
    );
    expect(warnings).toEqual([
      { name: 'carriers', value: 'level-3', message: 'there is no carrier “level-3” in this dataset' },
      { name: 'incident', value: 'no-such-incident', message: 'there is no incident “no-such-incident” in this dataset' },
      { name: 'cut', value: 'cable:atlantis', message: 'there is no cable “atlantis” in this dataset' },
      { name: 'cut', value: 'segment:amitie#5', message: 'cable “amitie” has no segment 5 (segments count from 0 to 1)' },
      { name: 'cut', value: 'segment:nowhere#0', message: 'there is no cable “nowhere” in this dataset' },
      { name: 'cut', value: 'link:nowhere', message: 'there is no terrestrial link “nowhere” in this dataset' },
      { name: 'cut', value: 'metro:atlantis', message: 'there is no metro “atlantis” in this dataset' },
      { name: 'year', value: '2100', message: 'the dataset covers 1990 to 2023; showing 2023' },
      { name: 'select', value: 'metro:atlantis', message: 'there is no metro “atlantis” in this dataset' },
      { name: 'route', value: 'london,atlantis', message: 'there is no metro, data centre or cloud region “atlantis” in this dataset' },
    ]);
    const s = store.getState();
    expect([...s.carrierFilter]).toEqual(['lumen']);
    expect(s.cuts).toEqual({ cables: ['apollo'], segments: [], links: [], metros: [] });
    expect(s.incident).toBeNull();
    expect(s.selected).toBeNull();
    expect(s.inspector).toMatchObject({ from: null, to: null });
    expect(s.year).toBe(2023);
    expect(s.theme).toBe('light');
  });

  it('applyOptions checks selections of every kind against the dataset, countries by the records in them', () => {
    const store = readyStore();
    for (const [select, ok] of [
      ['link:london-paris', true], ['ixp:linx-lon1', true], ['landingPoint:bude-gb', true], ['carrier:arelion', true], ['country:BR', true],
      ['country:EG', false], ['ixp:de-cix', false], ['landingPoint:nowhere', false], ['carrier:nowhere', false], ['link:nowhere', false],
    ] as const) {
      const warnings = applyOptions(store, resolveOptions({ select }));
      expect(warnings.length, select).toBe(ok ? 0 : 1);
      expect(store.getState().selected === null, select).toBe(!ok);
    }
  });

  it('applyOptions with an incident replays it (its year and cuts), and explicit cuts add to it', () => {
    const store = readyStore();
    expect(applyOptions(store, resolveOptions({ incident: 'apollo-2010', cut: ['link:london-paris'] }))).toEqual([]);
    const s = store.getState();
    expect(s.incident).toBe('apollo-2010');
    expect(s.year).toBe(2010);
    expect(s.cuts).toEqual({ cables: [], segments: ['apollo#0'], links: ['london-paris'], metros: [] });
  });

  it('applyOptions with an incident and a year shows that year instead of the incident’s', () => {
    const store = readyStore();
    applyOptions(store, resolveOptions({ incident: 'apollo-2010', year: 2015 }));
    expect(store.getState()).toMatchObject({ incident: 'apollo-2010', year: 2015 });
  });

  it('applyOptions replaces what an earlier call set: cuts, incident, selection, route and year', () => {
    const store = readyStore();
    applyOptions(store, resolveOptions({ incident: 'apollo-2010', cut: ['metro:paris'], select: 'metro:paris', route: ['london', 'paris'], carriers: ['lumen'] }));
    expect(applyOptions(store, DEFAULT_OPTIONS)).toEqual([]);
    const s = store.getState();
    expect(s.cuts).toEqual({ cables: [], segments: [], links: [], metros: [] });
    expect(s).toMatchObject({ incident: null, selected: null, year: 2022 });
    expect(s.inspector).toMatchObject({ from: null, to: null });
    expect(s.carrierFilter.size).toBe(0);
  });

  it('applyOptions before the dataset is loaded applies what needs no dataset and warns about every id', () => {
    const store = createExplorerStore();
    const warnings = applyOptions(store, resolveOptions({ theme: 'light', carriers: ['lumen'], cut: ['cable:apollo'], select: 'metro:paris', route: ['london', 'paris'], incident: 'apollo-2010' }));
    expect(warnings.map((w) => [w.name, w.message])).toEqual([
      ['carriers', 'the dataset is not loaded yet'],
      ['incident', 'the dataset is not loaded yet'],
      ['cut', 'the dataset is not loaded yet'],
      ['select', 'the dataset is not loaded yet'],
      ['route', 'the dataset is not loaded yet'],
    ]);
    expect(store.getState().theme).toBe('light');
    expect(store.getState().cuts.cables).toEqual([]);
  });

  it('applyOptions warns about a cut or a selection that is not written as one (options given from script)', () => {
    const store = readyStore();
    const warnings = applyOptions(store, resolveOptions({ cut: ['apollo'], select: 'apollo' }));
    expect(warnings).toEqual([
      { name: 'cut', value: 'apollo', message: 'not a cut: write cable:ID, segment:ID#N, link:ID or metro:ID' },
      { name: 'select', value: 'apollo', message: 'not a selection: write kind:id, e.g. cable:marea' },
    ]);
  });
});

describe('optionsFromState', () => {
  it('optionsFromState of a freshly loaded store is DEFAULT_OPTIONS', () => {
    expect(optionsFromState(readyStore().getState(), null, DEFAULT_OPTIONS)).toEqual(DEFAULT_OPTIONS);
  });

  it('optionsFromState keeps concept, controls, height, dataSrc and allowOrigins from base, and the language from the store', () => {
    const base = resolveOptions({ lang: 'de', concept: 'anycast', controls: 'none', height: 400, dataSrc: 'data/b.json', allowOrigins: ['https://example.org'], theme: 'light' });
    expect(optionsFromState(readyStore().getState(), null, base)).toEqual({ ...base, theme: 'dark', lang: 'en' });
    const store = readyStore();
    store.getState().setLang('de');
    expect(optionsFromState(store.getState(), null, DEFAULT_OPTIONS).lang).toBe('de');
  });

  it('optionsFromState writes the year only when it differs from the dataset’s', () => {
    const store = readyStore();
    store.getState().setYear(2010);
    expect(optionsFromState(store.getState(), null, DEFAULT_OPTIONS).year).toBe(2010);
    store.getState().setYear(2022);
    expect(optionsFromState(store.getState(), null, DEFAULT_OPTIONS).year).toBeNull();
  });

  it('optionsFromState after a manual cut lists every cut, since cutting by hand ends the incident', () => {
    const store = readyStore();
    store.getState().replayIncident('apollo-2010');
    store.getState().cut({ kind: 'metro', id: 'paris' });
    expect(optionsFromState(store.getState(), null, DEFAULT_OPTIONS)).toMatchObject({ incident: null, year: 2010, cut: ['segment:apollo#0', 'metro:paris'] });
  });

  it('optionsFromState after applyOptions gives the options back, on one store reused for every case (property)', () => {
    const backbone = backboneWithIncident();
    const store = readyStore(backbone);
    const ids = (map: ReadonlyMap<string, unknown>) => [...map.keys()];
    const subset = (items: string[]) => fc.shuffledSubarray(items);
    const options: fc.Arbitrary<ExplorerOptions> = fc.record({
      projection: fc.constantFrom(...PROJECTIONS),
      view: fc.option(fc.record({ centre: fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -90, max: 90 })), zoom: fc.integer({ min: 1, max: 40 }) })),
      layers: fc.shuffledSubarray([...LAYERS]),
      carriers: subset(ids(backbone.carriers)),
      year: fc.option(fc.integer({ min: 1990, max: 2023 })),
      select: fc.option(
        fc.oneof(
          fc.constantFrom(...ids(backbone.cables)).map((id) => `cable:${id}`),
          fc.constantFrom(...ids(backbone.metros)).map((id) => `metro:${id}`),
          fc.constantFrom(...ids(backbone.ixps)).map((id) => `ixp:${id}`),
          fc.constantFrom('country:GB', 'country:FR'),
        ),
      ),
      cut: subset(['cable:apollo', 'segment:apollo#0', 'segment:amitie#0', 'segment:amitie#1', 'link:london-paris', 'metro:paris', 'metro:sao-paulo']),
      incident: fc.option(fc.constant('apollo-2010')),
      bgpEvent: fc.constant(null),
      bgpHijack: fc.constant(null),
      bgpLeak: fc.constant(null),
      bgpRov: fc.constant(null),
      route: fc.option(fc.shuffledSubarray(ids(backbone.metros), { minLength: 2, maxLength: 2 }).map(([a = '', b = '']): [string, string] => [a, b])),
      concept: fc.option(fc.constant('anycast')),
      controls: fc.constantFrom('full', 'minimal', 'none'),
      autoplay: fc.boolean(),
      lang: fc.constantFrom('en', 'de'),
      theme: fc.constantFrom('dark', 'light'),
      height: fc.option(fc.integer({ min: 120, max: 4000 })),
      dataSrc: fc.constant(null),
      allowOrigins: fc.constant([]),
    });
    fc.assert(
      fc.property(options, (o) => {
        expect(applyOptions(store, o)).toEqual([]);
        const normal = normalizeOptions(o);
        // What the store cannot tell apart: a segment of a cable cut whole, the incident's own cuts, the year the explorer shows anyway.
        const incidentCuts = o.incident ? ['segment:apollo#0'] : [];
        const expected: ExplorerOptions = {
          ...normal,
          cut: normal.cut.filter((c) => !incidentCuts.includes(c) && !(c.startsWith('segment:') && normal.cut.includes(`cable:${c.slice(8, c.indexOf('#'))}`))),
          year: o.year === (o.incident ? 2010 : 2022) ? null : o.year,
        };
        expect(normalizeOptions(optionsFromState(store.getState(), o.view, o))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

it('tinyBackbone has no incidents, so the tests above add one', () => {
  expect(tinyBackbone().incidents.size).toBe(0);
});
