// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { selectPopMetros, selectVisibleCables, selectVisibleLinks } from '../../src/store/selectors';
import { parseBackbone } from '../../src/data/load';
import { tinyBackbone, tinyDataset } from '../fixtures/loadFixture';

function readyStore() {
  const store = createExplorerStore();
  store.getState().setDataset({ ok: true, backbone: tinyBackbone() });
  return store;
}

describe('dataset slice', () => {
  it('setDataset with a valid backbone is ready and starts at the dataset’s year', () => {
    const store = readyStore();
    expect(store.getState().dataStatus).toBe('ready');
    expect(store.getState().year).toBe(2022);
  });

  it('setDataset with problems keeps no backbone at all', () => {
    const store = readyStore();
    store.getState().setDataset({ ok: false, problems: [{ path: ['metros'], where: 'metros', message: 'is missing' }] });
    expect(store.getState()).toMatchObject({ dataStatus: 'error', backbone: null });
    expect(store.getState().problems).toHaveLength(1);
  });
});

describe('view slice', () => {
  it('toggleLayer flips one layer and leaves the others', () => {
    const store = readyStore();
    const before = store.getState().layers;
    store.getState().toggleLayer('submarine');
    expect(store.getState().layers).toEqual({ ...before, submarine: !before.submarine });
  });

  it('toggleCarrier replaces the Set, so subscribers see each change', () => {
    const store = readyStore();
    const first = store.getState().carrierFilter;
    store.getState().toggleCarrier('lumen');
    const second = store.getState().carrierFilter;
    expect(second).not.toBe(first);
    expect([...second]).toEqual(['lumen']);
    store.getState().toggleCarrier('lumen');
    expect(store.getState().carrierFilter.size).toBe(0);
  });

  it('setYear clamps to the years the dataset covers', () => {
    const store = readyStore();
    store.getState().setYear(1800);
    expect(store.getState().year).toBe(1990);
    store.getState().setYear(3000);
    expect(store.getState().year).toBe(2023);
  });

  it('setZoom keeps the scale within its bounds; setRotate wraps longitude and clamps latitude', () => {
    const store = readyStore();
    store.getState().setZoom({ k: 1000, x: 1, y: 2 });
    expect(store.getState().zoom).toEqual({ k: 40, x: 1, y: 2 });
    store.getState().setRotate([190, 120]);
    expect(store.getState().rotate).toEqual([-170, 90]);
  });

  it('setProjection resets the zoom', () => {
    const store = readyStore();
    store.getState().setZoom({ k: 4, x: -100, y: -50 });
    store.getState().setProjection('orthographic');
    expect(store.getState()).toMatchObject({ projection: 'orthographic', zoom: { k: 1, x: 0, y: 0 } });
  });

  it('focusOn numbers each request so that the same place can be asked twice', () => {
    const store = readyStore();
    store.getState().focusOn([2, 48]);
    store.getState().focusOn([2, 48]);
    expect(store.getState().focus).toEqual({ at: [2, 48], scale: 4, extent: null, seq: 2 });
  });
});

describe('selection slice', () => {
  it('select clears the hover', () => {
    const store = readyStore();
    store.getState().hover({ kind: 'cable', id: 'apollo', x: 1, y: 2 });
    store.getState().select({ kind: 'metro', id: 'london' });
    expect(store.getState()).toMatchObject({ selected: { kind: 'metro', id: 'london' }, hovered: null });
  });
});

describe('createExplorerStore', () => {
  it('gives each explorer its own state', () => {
    const a = readyStore();
    const b = readyStore();
    a.getState().select({ kind: 'cable', id: 'apollo' });
    a.getState().toggleLayer('ixps');
    expect(b.getState().selected).toBeNull();
    expect(b.getState().layers.ixps).toBe(true);
  });
});

describe('selectors', () => {
  const backbone = tinyBackbone();

  it('selectVisibleCables shows a planned cable only from its RFS year', () => {
    expect(selectVisibleCables(backbone, 2022, new Set()).map((c) => c.id)).toEqual(['apollo']);
    expect(selectVisibleCables(backbone, 2023, new Set()).map((c) => c.id)).toEqual(['apollo', 'amitie']);
    expect(selectVisibleCables(backbone, 2002, new Set())).toEqual([]);
  });

  it('selectVisibleCables and selectVisibleLinks keep only the filtered carriers’ records', () => {
    expect(selectVisibleCables(backbone, 2023, new Set(['arelion']))).toEqual([]);
    expect(selectVisibleLinks(backbone, new Set(['arelion'])).map((l) => l.id)).toEqual(['london-paris']);
    expect(selectVisibleLinks(backbone, new Set(['vodafone']))).toEqual([]);
  });

  it('selectPopMetros lists each metro with the filtered carriers present', () => {
    expect(selectPopMetros(backbone, new Set()).map((m) => [m.metro.id, m.carriers])).toEqual([
      ['london', ['arelion', 'lumen']],
      ['new-york', ['lumen']],
      ['paris', ['arelion']],
    ]);
    expect(selectPopMetros(backbone, new Set(['lumen'])).map((m) => m.metro.id)).toEqual(['london', 'new-york']);
  });
});

describe('the year applies to PoPs and links', () => {
  // Lumen's network from 1998 and Arelion's from 1993 (their real starts); the London–Paris link given its own year.
  const dataset = tinyDataset();
  for (const c of dataset.carriers) c.networkSince = c.id === 'lumen' ? 1998 : c.id === 'arelion' ? 1993 : undefined;
  const link = dataset.terrestrialLinks.find((l) => l.id === 'london-paris')!;
  const parsed = parseBackbone(dataset);
  if (!parsed.ok) throw new Error('fixture invalid');
  const dated = parsed.backbone;

  it('a PoP appears from its carrier’s network’s start, unless it has a year of its own', () => {
    expect(selectPopMetros(dated, new Set(), 1995).map((m) => [m.metro.id, m.carriers])).toEqual([
      ['london', ['arelion']],
      ['paris', ['arelion']],
    ]);
    expect(selectPopMetros(dated, new Set(), 1998).map((m) => m.metro.id)).toEqual(['london', 'new-york', 'paris']);
    expect(selectPopMetros(dated, new Set(), 1990)).toEqual([]);
  });

  it('a link appears from its own year, else from the earliest start among its carriers’ networks', () => {
    const withOwnYear = structuredClone(dataset);
    withOwnYear.terrestrialLinks.find((l) => l.id === link.id)!.since = 2005;
    const own = parseBackbone(withOwnYear);
    if (!own.ok) throw new Error('fixture invalid');
    expect(selectVisibleLinks(own.backbone, new Set(), 2004).map((l) => l.id)).not.toContain('london-paris');
    expect(selectVisibleLinks(own.backbone, new Set(), 2005).map((l) => l.id)).toContain('london-paris');
    const carriersStart = Math.min(...link.carriers.map((c) => (c === 'lumen' ? 1998 : c === 'arelion' ? 1993 : Infinity)));
    if (Number.isFinite(carriersStart)) {
      expect(selectVisibleLinks(dated, new Set(), carriersStart - 1).map((l) => l.id)).not.toContain('london-paris');
      expect(selectVisibleLinks(dated, new Set(), carriersStart).map((l) => l.id)).toContain('london-paris');
    }
  });
});
