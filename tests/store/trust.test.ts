// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { selectTrustShown } from '../../src/store/slices/trustSlice';
import type { ExplorerState } from '../../src/store/types';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import { loadTrustBackbone } from '../fixtures/trustBackbone';

/** A store over the routing-trust fixture with the engine on this thread, and a way to wait for a state. */
function trustStore() {
  const backbone = loadTrustBackbone();
  const store = createExplorerStore();
  store.getState().setDataset({ ok: true, backbone });
  store.getState().attachEngine(createLocalEngineClient(backbone));
  const until = (ok: (s: ExplorerState) => boolean) =>
    new Promise<ExplorerState>((resolve) => {
      const check = () => {
        if (!ok(store.getState())) return;
        unsubscribe();
        resolve(store.getState());
      };
      const unsubscribe = store.subscribe(check);
      queueMicrotask(check);
    });
  return { backbone, store, until };
}

const hijack = { kind: 'hijack', victim: 'video-block', by: 'island-telecom', moreSpecific: false } as const;

describe('trust slice', () => {
  it('setTrustEvent(id) replays the event on the map of its year, as an incident replay does', async () => {
    const { store, until } = trustStore();
    store.getState().setYear(2010);
    store.getState().setTrustEvent('island-hijack');
    expect(store.getState().year).toBe(2024);
    const s = await until((x) => selectTrustShown(x) !== null);
    expect(selectTrustShown(s)).toMatchObject({ source: 'replay', key: 'island-hijack', year: 2024 });
  });

  it('setTrustCustom(ask) replaces the event and answers a simulation of the year shown, without a report', async () => {
    const { store, until } = trustStore();
    store.getState().setTrustEvent('island-hijack');
    store.getState().setTrustRov('all');
    store.getState().setTrustCustom(hijack);
    expect(store.getState()).toMatchObject({ trustEvent: null, trustRov: null, trustCustom: hijack });
    const view = selectTrustShown(await until((x) => selectTrustShown(x) !== null))!;
    expect(view.source).toBe('custom');
    expect(view.year).toBe(2024);
    expect(view.report.by.id).toBe('island-telecom');
    expect(view.report.captured.countries).toContain('IS');
    expect('reported' in view).toBe(false);
  });

  it('a new year asks the reader\'s own simulation again, on that year\'s network', async () => {
    const { store, until } = trustStore();
    store.getState().setTrustCustom(hijack);
    await until((x) => selectTrustShown(x)?.year === 2025);
    store.getState().setYear(2015);
    const s = await until((x) => selectTrustShown(x)?.year === 2015);
    expect(s.trustStatus).toBe('ready');
  });

  it('each country\'s flow goes to the attacker where it is captured, and to the origin once validation drops the bad route', async () => {
    const { backbone, store, until } = trustStore();
    // Island Telecom has no PoPs: its traffic lands at its home country's gateway, in Iceland; Video Net's in the US.
    const countryAt = (at: readonly [number, number]) => [...backbone.metros.values()].find((m) => m.lon === at[0] && m.lat === at[1])?.country;
    store.getState().setTrustCustom(hijack);
    const view = selectTrustShown(await until((x) => selectTrustShown(x) !== null && x.trustStatus === 'ready'))!;
    const captured = new Set(view.report.captured.countries);
    expect(view.flows.length).toBeGreaterThan(1);
    for (const f of view.flows) {
      expect(f.diverted).toBe(captured.has(f.country));
      if (f.diverted) expect(countryAt(f.path[f.path.length - 1]!)).toBe('IS');
    }
    expect(view.flows.some((f) => f.diverted && f.country !== 'IS')).toBe(true);

    store.getState().setTrustRov('all');
    const validated = selectTrustShown(await until((x) => x.trustStatus === 'ready' && selectTrustShown(x)?.report.rov === 'all'))!;
    // A country whose traffic ends where it starts (the US's at Video Net) has no flow to draw.
    expect(validated.flows.length).toBeGreaterThan(1);
    for (const f of validated.flows) {
      expect(f.diverted).toBe(false);
      expect(countryAt(f.path[f.path.length - 1]!)).toBe('US');
    }
  });

  it('a victim the dataset lacks is an error in the engine\'s words, and nothing is shown', async () => {
    const { store, until } = trustStore();
    store.getState().setTrustCustom({ ...hijack, victim: 'no-such-block' });
    const s = await until((x) => x.trustStatus === 'error');
    expect(s.trustError).toBe('victim "no-such-block": no recorded address block or network has that id');
    expect(selectTrustShown(s)).toBeNull();
  });

  it('loadTrustChoices() lists the networks that route and each one\'s real providers and peers', async () => {
    const { store, until } = trustStore();
    store.getState().loadTrustChoices();
    const { trustChoices } = await until((x) => x.trustChoices !== null);
    expect(trustChoices!.networks.map((n) => n.id)).toEqual(expect.arrayContaining(['island-telecom', 'lumen', 'video-net', 'zayo']));
    expect(trustChoices!.leakNeighbours['island-telecom']).toEqual([
      { id: 'lumen', asn: expect.anything(), name: 'Lumen', relation: 'provider' },
      { id: 'zayo', asn: expect.anything(), name: 'Zayo', relation: 'provider' },
    ]);
  });
});
