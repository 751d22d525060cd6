// @vitest-environment node
import { expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import type { ExplorerState } from '../../src/store/types';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import type { EngineClient } from '../../src/worker/protocol';
import { fixtureJson, loadBackbone } from '../model/fixture';

/** A store over the engine fixture whose engine notes the year of every evaluation asked, and each hold. */
function countingStore() {
  const backbone = loadBackbone(fixtureJson());
  const local = createLocalEngineClient(backbone);
  const asked: number[] = [];
  let holds = 0;
  const engine: EngineClient = { ...local, evaluate: (year, cut) => (asked.push(year), local.evaluate(year, cut)), hold: () => holds++ };
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
  return { store, asked, settled, holds: () => holds };
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
