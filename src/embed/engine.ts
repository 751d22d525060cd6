import type { LoadResult } from '../data/load';
import type { Backbone } from '../data/normalize';
import type { EngineClient } from '../worker/protocol';
import { scriptPageEngine, scriptPageLoad } from '../worker/pageEngine';
import { createWorkerEngineClient } from '../worker/workerEngineClient';
import { workerLoader } from '../worker/workerLoader';

/**
 * The embed's engine: a Web Worker from the file served beside the embed script
 * (`backbone-engine.worker.js`, a classic script, so that a page under
 * `default-src 'self'` can run it), shared by every embed on the page. Where the
 * browser refuses it (another origin, a policy without workers), the engine runs on
 * the page's thread, loaded from that same file as a script, and the console says so.
 */
export function embedEngine(workerUrl: string): (backbone: Backbone) => EngineClient {
  const pageEngine = scriptPageEngine(workerUrl);
  return (backbone) => createWorkerEngineClient(backbone, () => makeEmbedWorker(workerUrl), pageEngine);
}

/**
 * The embed's dataset loader: in that same worker file (validation and normalisation off the host page's thread), else
 * on the page's thread. `built`: the first map beside the script and its digest, whose exact bytes are not validated again.
 */
export function embedLoader(workerUrl: string, built?: { url: string; digest: string | null }): (url: string) => Promise<LoadResult> {
  const pageLoad = scriptPageLoad(workerUrl);
  return typeof Worker === 'undefined' ? pageLoad : workerLoader(() => makeEmbedWorker(workerUrl), scriptPageEngine(workerUrl), pageLoad, built);
}

function makeEmbedWorker(workerUrl: string): Worker {
  if (typeof Worker === 'undefined') throw new Error('this browser has no Web Workers');
  return new Worker(workerUrl, { name: 'backbone-engine' });
}
