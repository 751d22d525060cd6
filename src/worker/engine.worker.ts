/// <reference lib="webworker" />
// The failover engine off the main thread: a year's baseline costs tens of
// milliseconds, more than a frame, so it never runs where the map animates.
// It also loads the dataset (fetch, parse, validate, normalise), so that the page's
// thread only receives it, in parts small enough to keep the page responsive.
import { fetchBackbone, fetchBackboneOnce } from '../data/load';
import { normalizeDataset } from '../data/normalize';
import { createScenarioEngine } from '../model/scenario';
import type { ScenarioEngine } from '../model/scenario';
import { answerQuestion, bundledPageEngine } from './engineClient';
import { datasetParts } from './datasetParts';
import type { EngineRequest, EngineResponse, LoadAnswer } from './protocol';

/**
 * Loaded as a classic script on a page whose browser refuses the worker (embed/engine.ts), this file is the
 * engine and the dataset loader on the page's thread: it exports those, and answers messages only when it runs as a worker.
 */
export const pageEngine = bundledPageEngine;
/** The dataset loader on the page's thread (validation included), for an embed whose browser refuses the worker. */
export const pageLoad = fetchBackboneOnce;

let engine: ScenarioEngine | null = null;
const scope = self as unknown as DedicatedWorkerGlobalScope;
const inWorker = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;

async function load(id: number, url: string, digest: string | undefined): Promise<LoadAnswer> {
  const result = await fetchBackbone(url, fetch, digest);
  if (!result.ok) return result;
  engine = createScenarioEngine(result.backbone);
  const { parts, rest } = datasetParts(result.backbone.dataset);
  for (const part of parts) scope.postMessage({ id, part } satisfies EngineResponse);
  return result.detailsUrl ? { ok: true, rest, detailsUrl: result.detailsUrl } : { ok: true, rest };
}

function answer(request: EngineRequest): unknown {
  if (request.type === 'load') return load(request.id, request.url, request.digest);
  if (request.type === 'init') {
    // The dataset was validated on the main thread before it was sent.
    engine = createScenarioEngine(normalizeDataset(request.dataset));
    return null;
  }
  if (!engine) throw new Error('the engine has no dataset yet');
  return answerQuestion(engine, request);
}

// One request at a time, in the order asked: a question asked while the dataset loads waits for it.
let queue: Promise<void> = Promise.resolve();
if (inWorker) scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    let response: EngineResponse;
    try {
      response = { id: request.id, ok: true, result: await answer(request) };
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(response);
  });
};
