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
import { createEngineHost } from './engineHost';
import type { EngineCancel, EngineHold, EngineRequest, EngineResponse, LoadAnswer } from './protocol';

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

async function answer(request: EngineRequest, pause: () => Promise<void>): Promise<unknown> {
  if (request.type === 'load') return load(request.id, request.url, request.digest);
  if (request.type === 'init') {
    // The dataset was validated on the main thread before it was sent.
    engine = createScenarioEngine(normalizeDataset(request.dataset));
    return null;
  }
  if (!engine) throw new Error('the engine has no dataset yet');
  // A year's baseline takes up to a second: worked out in steps, between which a cancel from the page is seen
  // (holding an arrow key on the year slider asks for a year, then another, every 30 ms).
  if (request.type === 'evaluate' || request.type === 'route') await engine.prepare(request.year, pause, request.day);
  else if (request.type === 'critical') await engine.prepare(request.year, pause);
  return answerQuestion(engine, request);
}

/** How long the engine waits, with nothing asked, before it works out the years beside the one shown. */
const AHEAD_AFTER_QUIET_MS = 600;

const host = createEngineHost({
  answer,
  engine: () => engine,
  post: (response) => scope.postMessage(response),
  nextTask,
  quiet: () => new Promise((resolve) => setTimeout(resolve, AHEAD_AFTER_QUIET_MS)),
  report: (error) => console.error('Backbone Explorer: the engine could not work out a year ahead', error),
});
if (inWorker) scope.onmessage = (event: MessageEvent<EngineRequest | EngineCancel | EngineHold>) => host.receive(event.data);
