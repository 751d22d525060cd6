// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { isCut, toCutSet } from '../../src/store/slices/failureSlice';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import { fixtureJson, loadBackbone } from '../model/fixture';
import type { ExplorerState } from '../../src/store/types';

/** A store over the engine fixture with the engine on this thread, and a way to wait for its answers. */
function engineStore(json = fixtureJson()) {
  const backbone = loadBackbone(json);
  const store = createExplorerStore();
  store.getState().setDataset({ ok: true, backbone });
  store.getState().attachEngine(createLocalEngineClient(backbone));
  const settled = () =>
    new Promise<ExplorerState>((resolve) => {
      const check = () => {
        const s = store.getState();
        if (s.scenarioStatus === 'ready' || s.scenarioStatus === 'error') {
          unsubscribe();
          resolve(s);
        }
      };
      const unsubscribe = store.subscribe(check);
      queueMicrotask(check);
    });
  return { store, settled };
}

describe('failure slice', () => {
  it('attachEngine computes the intact scenario: nothing rerouted, nothing stranded', async () => {
    const { settled } = engineStore();
    const s = await settled();
    expect(s.scenario).toMatchObject({ rerouted: 0, stranded: 0, isolated: [], changed: [], cutSegments: [] });
    expect(s.scenario!.flows.length).toBeGreaterThan(0);
  });

  it('cut(farice-1) cuts the Faroes off and announces it', async () => {
    const { store, settled } = engineStore();
    await settled();
    store.getState().cut({ kind: 'cable', id: 'farice-1' });
    expect(store.getState().scenarioStatus).toBe('computing');
    const s = await settled();
    expect(s.scenario!.isolated).toEqual(['FO']);
    expect(s.scenario!.cutSegments.map((c) => c.cable)).toEqual(['farice-1', 'farice-1']);
    // The store records what happened as data; the views word it (tests/views/announce.test.ts).
    expect(s.event).toMatchObject({ what: { kind: 'cut', subject: { kind: 'targets', targets: [{ kind: 'cable', id: 'farice-1' }] } }, pending: false });
  });

  it('cutting what is already cut, or restoring what is intact, changes nothing and says why', async () => {
    const { store, settled } = engineStore();
    await settled();
    store.getState().cut({ kind: 'cable', id: 'grace-hopper' });
    const cuts = store.getState().cuts;
    store.getState().cut({ kind: 'cable', id: 'grace-hopper' });
    expect(store.getState().cuts).toBe(cuts);
    expect(store.getState().notice).toEqual({ kind: 'alreadyCut', target: { kind: 'cable', id: 'grace-hopper' } });
    store.getState().restore({ kind: 'link', id: 'london-paris' });
    expect(store.getState().notice).toEqual({ kind: 'notCut', target: { kind: 'link', id: 'london-paris' } });
    expect(store.getState().cuts).toBe(cuts);
  });

  it('an id that is not in the dataset (an old link, say) is refused with a plain message', () => {
    const { store } = engineStore();
    store.getState().cut({ kind: 'cable', id: 'no-such-cable' });
    expect(store.getState().cuts.cables).toEqual([]);
    expect(store.getState().notice).toEqual({ kind: 'nothingWasCut', problem: { kind: 'noCable', id: 'no-such-cable' } });
  });

  it('a cut segment counts as cut when its whole cable is cut', () => {
    const { store } = engineStore();
    store.getState().cut({ kind: 'cable', id: 'farice-1' });
    expect(isCut(store.getState().cuts, { kind: 'segment', id: 'farice-1', index: 1 })).toBe(true);
  });

  it('restoreAll returns exactly to the intact scenario', async () => {
    const { store, settled } = engineStore();
    const intact = (await settled()).scenario;
    store.getState().cut({ kind: 'cable', id: 'grace-hopper' });
    store.getState().cut({ kind: 'metro', id: 'dublin' });
    const cut = (await settled()).scenario;
    expect(cut!.rerouted + cut!.stranded).toBeGreaterThan(0);
    store.getState().restoreAll();
    expect((await settled()).scenario).toEqual(intact);
  });

  it('toCutSet writes segments as engine edge ids', () => {
    expect(toCutSet({ cables: ['a'], segments: ['farice-1#1'], links: ['l'], metros: ['m'] })).toEqual({ cables: ['a'], edges: ['seg:farice-1:1'], links: ['l'], metros: ['m'] });
  });

  it('replayIncident sets the year and cuts only the segment nearest each fault', async () => {
    const json = fixtureJson();
    // A fixture incident: a fault on FARICE-1 between the Faroes and Scotland.
    json.incidents = [{ id: 'fixture-fault', name: 'Fixture fault', date: '2024-05-01', cause: 'test', faults: [{ cable: 'farice-1', at: [-4.5, 60.5] }], reported: 'test', sources: ['https://example.org/fixture'] }];
    const { store, settled } = engineStore(json);
    await settled();
    store.getState().replayIncident('fixture-fault');
    const s = await settled();
    expect(s.year).toBe(2024);
    expect(s.incident).toBe('fixture-fault');
    expect(s.cuts.segments).toHaveLength(1);
    expect(s.cuts.cables).toEqual([]);
    store.getState().replayIncident('no-such-incident');
    expect(store.getState().notice).toEqual({ kind: 'noIncident', id: 'no-such-incident' });
  });

  it('the route inspector compares the route with the cuts to the intact one', async () => {
    const { store, settled } = engineStore();
    await settled();
    store.getState().setInspector('new-york', 'london');
    store.getState().cut({ kind: 'cable', id: 'grace-hopper' });
    await settled();
    await new Promise((r) => setTimeout(r, 0));
    const { current, intact } = store.getState().inspector;
    expect(intact!.cables).toContain('grace-hopper');
    expect(current!.cables).not.toContain('grace-hopper');
    expect(current!.rttMs!).toBeGreaterThan(intact!.rttMs!);
    expect(current!.rttMs!).toBeGreaterThanOrEqual(current!.floorMs);
  });

  it('cutRegion(at, km) cuts every segment passing within the radius and remembers the circle', async () => {
    const { store, settled } = engineStore();
    await settled();
    store.getState().startRegionPick(100);
    // Tórshavn, in the Faroes: FARICE-1 lands there.
    store.getState().cutRegion([-6.77, 62.01], 100);
    const s = await settled();
    expect(s.regionPick).toBeNull();
    expect(s.regions).toEqual([{ at: [-6.77, 62.01], radiusKm: 100 }]);
    expect(s.cuts.segments.every((k) => k.startsWith('farice-1#'))).toBe(true);
    expect(s.scenario!.isolated).toEqual(['FO']);
    store.getState().cutRegion([-30, -40], 50);
    expect(store.getState().notice).toEqual({ kind: 'nothingWithin', km: 50 });
  });
});
