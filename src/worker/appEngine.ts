import type { Backbone } from '../data/normalize';
import { bundledPageEngine, createLocalEngineClient } from './engineClient';
import type { EngineClient } from './protocol';
import { createWorkerEngineClient } from './workerEngineClient';
import { makeAppWorker } from './appWorker';

/** The app's engine: a worker where the browser has them, else the engine on this thread. */
export function createEngineClient(backbone: Backbone): EngineClient {
  return typeof Worker === 'undefined' ? createLocalEngineClient(backbone) : createWorkerEngineClient(backbone, makeAppWorker, bundledPageEngine);
}
