import type { Backbone } from '../data/normalize';
import type { CutSet } from '../model/cuts';
import type { CriticalCableView, RouteView, ScenarioView } from '../model/scenario';
import { createLocalEngineClient } from './engineClient';
import type { EngineClient, EngineRequest, EngineResponse } from './protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The engine in a Web Worker; answers come back in the order asked, matched by id. */
export function createWorkerEngineClient(backbone: Backbone): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'backbone-engine' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<EngineResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.result);
    else waiting.reject(new Error(response.error));
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`the engine worker failed: ${event.message}`));
    pending.clear();
  };
  const ask = <T>(request: WithoutId<EngineRequest>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  void ask({ type: 'init', dataset: backbone.dataset });
  return {
    evaluate: (year, cut: CutSet) => ask<ScenarioView>({ type: 'evaluate', year, cut }),
    route: (year, from, to, cut) => ask<RouteView>({ type: 'route', year, from, to, cut }),
    critical: (year, count) => ask<CriticalCableView[]>({ type: 'critical', year, count }),
    dispose: () => {
      worker.terminate();
      for (const waiting of pending.values()) waiting.reject(new Error('the explorer was closed'));
      pending.clear();
    },
  };
}

/** A worker where the browser has them, else the engine on this thread. */
export function createEngineClient(backbone: Backbone): EngineClient {
  return typeof Worker === 'undefined' ? createLocalEngineClient(backbone) : createWorkerEngineClient(backbone);
}
