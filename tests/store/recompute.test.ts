// @vitest-environment node
import { expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import type { ExplorerState } from '../../src/store/types';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import type { EngineClient } from '../../src/worker/protocol';
import type { Dataset } from '../../src/data';
import { fixtureJson, loadBackbone } from '../model/fixture';

/** A store over the engine fixture (or `json`) whose engine notes the year (and day) of every evaluation asked, and each hold. */
function countingStore(json: Dataset = fixtureJson()) {
  const backbone = loadBackbone(json);
  const local = createLocalEngineClient(backbone);
  const asked: number[] = [];
  const days: (string | undefined)[] = [];
  let holds = 0;
  const engine: EngineClient = { ...local, evaluate: (year, cut, day) => (asked.push(year), days.push(day), local.evaluate(year, cut, day)), hold: () => holds++ };
  const store = createExplorerStore();
  store.getState().setDataset({ ok: true, backbone });
  store.getState().attachEngine(engine);
  const settled = () =>
    new Promise<ExplorerState>((resolve) => {
      const check = () => {
        const s = store.getState();
        if (s.scenarioStatus === 'ready') {
          unsubscribe();
          resolve(s);
        }
      };
      const unsubscribe = store.subscribe(check);
      queueMicrotask(check);
    });
  return { store, asked, days, settled, holds: () => holds };
}

it('years passed in a row (an arrow key held on the slider) ask the engine once, for the year it stops on', async () => {
  const { store, asked, settled, holds } = countingStore();
  const start = (await settled()).year;
  for (let i = 1; i <= 6; i++) store.getState().setYear(start - i);
  expect(store.getState().scenarioStatus).toBe('computing');
  // Each year passed tells the engine to hold back the work nobody asked for while the page redraws.
  expect(holds()).toBe(6);
  const s = await settled();
  expect(asked).toEqual([start, start - 6]);
  expect(s.scenario?.year).toBe(start - 6);
});

it('a cut is asked at once, with the year it is made in, even while a new year settles', async () => {
  const { store, asked, settled } = countingStore();
  const start = (await settled()).year;
  store.getState().setYear(start - 1);
  store.getState().cut({ kind: 'cable', id: store.getState().backbone!.dataset.cables[0]!.id });
  expect(asked).toEqual([start, start - 1]);
  const s = await settled();
  expect(s.scenario?.year).toBe(start - 1);
  expect(asked).toEqual([start, start - 1]);
});

it("an incident replayed asks for the network as it stood that day, and leaving the replay for the year's again", async () => {
  const json = fixtureJson();
  json.cables.find((c) => c.id === 'grace-hopper')!.rfsDate = '2022-09-27';
  json.incidents = [{ id: 'spring-2022', name: 'A spring fault', date: '2022-05-01', cause: 'test', faults: [{ cable: 'aec-1' }], reported: 'test', sources: ['https://example.org/fixture'] }];
  const { store, days, settled } = countingStore(json);
  await settled();
  store.getState().replayIncident('spring-2022');
  const replayed = await settled();
  expect(days.at(-1)).toBe('2022-05-01');
  expect(replayed.scenario).toMatchObject({ year: 2022, day: '2022-05-01' });
  // Grace Hopper was not yet carrying traffic: none of the flows drawn takes it.
  expect(replayed.scenario!.flows.some((f) => f.elements.includes('grace-hopper'))).toBe(false);
  store.getState().restoreAll();
  const after = await settled();
  expect(days.at(-1)).toBeUndefined();
  expect(after.scenario?.day).toBeUndefined();
  expect(after.scenario!.flows.some((f) => f.elements.includes('grace-hopper'))).toBe(true);
});
