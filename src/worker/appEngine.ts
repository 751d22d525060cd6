import type { Backbone } from '../data/normalize';
import { bundledPageEngine, createLocalEngineClient } from './engineClient';
import type { EngineClient } from './protocol';
import { createWorkerEngineClient } from './workerEngineClient';

/** The app's engine worker, bundled by Vite from this folder (the embed builds its own file: vite.engine-worker.config.ts). */
export function makeAppWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'backbone-engine' });
}

/** The app's engine: a worker where the browser has them, else the engine on this thread. */
export function createEngineClient(backbone: Backbone): EngineClient {
  return typeof Worker === 'undefined' ? createLocalEngineClient(backbone) : createWorkerEngineClient(backbone, makeAppWorker, bundledPageEngine);
}
