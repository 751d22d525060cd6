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
import type { EngineCancel, EngineRequest, EngineResponse, LoadAnswer } from './protocol';

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

/** Requests given up by the page (EngineCancel) that have not answered yet. */
const cancelled = new Set<number>();

class Superseded extends Error {}

/**
 * Resolves in a task of its own, after the messages already waiting (a cancel among them): a MessageChannel, since
 * nested timers are held back to 4 ms each.
 */
const nextTask: () => Promise<void> = (() => {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
})();

async function answer(request: EngineRequest): Promise<unknown> {
  if (request.type === 'load') return load(request.id, request.url, request.digest);
  if (request.type === 'init') {
    // The dataset was validated on the main thread before it was sent.
    engine = createScenarioEngine(normalizeDataset(request.dataset));
    return null;
  }
  if (!engine) throw new Error('the engine has no dataset yet');
  // A year's baseline takes up to a second: worked out in steps, between which a cancel from the page is seen
  // (holding an arrow key on the year slider asks for a year, then another, every 30 ms).
  if (request.type === 'evaluate' || request.type === 'route' || request.type === 'critical') {
    await engine.prepare(request.year, async () => {
      await nextTask();
      if (cancelled.has(request.id)) throw new Superseded();
    });
  }
  return answerQuestion(engine, request);
}

// One request at a time, in the order asked: a question asked while the dataset loads waits for it.
let queue: Promise<void> = Promise.resolve();
if (inWorker) scope.onmessage = (event: MessageEvent<EngineRequest | EngineCancel>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.target);
    return;
  }
  queue = queue.then(async () => {
    let response: EngineResponse;
    try {
      if (cancelled.has(request.id)) throw new Superseded();
      response = { id: request.id, ok: true, result: await answer(request) };
    } catch (error) {
      response =
        error instanceof Superseded
          ? { id: request.id, ok: false, error: 'a newer question replaced this one', superseded: true }
          : { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    cancelled.delete(request.id);
    scope.postMessage(response);
  });
};
