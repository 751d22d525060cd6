import type { Backbone } from '../data/normalize';
import { createScenarioEngine } from '../model/scenario';
import type { EngineClient } from './protocol';

/** The engine on the calling thread: for tests, and where workers are not available. */
export function createLocalEngineClient(backbone: Backbone): EngineClient {
  const engine = createScenarioEngine(backbone);
  const run = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    evaluate: (year, cut) => run(() => engine.evaluate(year, cut)),
    route: (year, from, to, cut) => run(() => engine.route(year, from, to, cut)),
    critical: (year, count) => run(() => engine.critical(year, count)),
    dispose: () => {},
  };
}
