import type { Backbone } from '../data/normalize';
import { createScenarioEngine } from '../model/scenario';
import type { EngineClient, EngineQuestion } from './protocol';
import type { PageEngine } from './pageEngine';

type ScenarioEngine = ReturnType<typeof createScenarioEngine>;

/**
 * One engine per dataset for every explorer on the page. Embeds share the dataset they fetch
 * (fetchBackboneOnce), and the engine is pure apart from its cache of baselines (one per year,
 * ~0.35 s each on a 2-core machine), so a page with several embeds computes each year once.
 */
const engines = new WeakMap<Backbone, ScenarioEngine>();
function sharedEngine(backbone: Backbone): ScenarioEngine {
  let engine = engines.get(backbone);
  if (!engine) {
    engine = createScenarioEngine(backbone);
    engines.set(backbone, engine);
  }
  return engine;
}

/** The engine on the calling thread: for embeds, for tests, and where workers are not available. */
export function createLocalEngineClient(backbone: Backbone): EngineClient {
  const engine = sharedEngine(backbone);
  const run = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    evaluate: (year, cut, day) => run(() => engine.evaluate(year, cut, day)),
    route: (year, from, to, cut, day) => run(() => engine.route(year, from, to, cut, day)),
    critical: (year, count) => run(() => engine.critical(year, count)),
    trust: (event, rov) => run(() => engine.trust(event, rov)),
    trustCustom: (year, ask, rov) => run(() => engine.trustCustom(year, ask, rov)),
    trustChoices: (year) => run(() => engine.trustChoices(year)),
    // On the calling thread nothing is worked out ahead: there is nothing to hold.
    hold: () => {},
    dispose: () => {},
  };
}

/** What an engine answers to a question as the worker protocol asks it (init aside). */
export function answerQuestion(engine: ScenarioEngine, request: EngineQuestion): unknown {
  switch (request.type) {
    case 'evaluate':
      return engine.evaluate(request.year, request.cut, request.day);
    case 'route':
      return engine.route(request.year, request.from, request.to, request.cut, request.day);
    case 'critical':
      return engine.critical(request.year, request.count);
    case 'trust':
      return engine.trust(request.event, request.rov);
    case 'trustCustom':
      return engine.trustCustom(request.year, request.ask, request.rov);
    case 'trustChoices':
      return engine.trustChoices(request.year);
  }
}

/** The engine on the page's thread, bundled with the caller (the app; the embed loads it only when needed: pageEngine.ts). */
export const bundledPageEngine: PageEngine = (backbone) => Promise.resolve({ answer: (request) => answerQuestion(sharedEngine(backbone), request) });
