import type { LoadResult } from '../data/load';
import { normalizeDataset } from '../data/normalize';
import { datasetAssembler } from './datasetParts';
import type { LoadAnswer } from './protocol';
import { WorkerUnavailableError, adoptConnection, openConnection } from './workerEngineClient';
import type { PageEngine } from './pageEngine';

/**
 * Loads datasets in a Web Worker: the worker fetches, parses, validates and normalises, keeps the
 * engine for the dataset, and sends the records back in parts that the page's thread parses one task
 * at a time; the page then only indexes them (normalizeDataset, a few milliseconds). Engine clients
 * asked for the loaded dataset share that worker. Where no worker can start, the dataset loads on the
 * page's thread instead, by `pageLoad` (the console says so). One load per URL, however many explorers ask; a failed
 * fetch is forgotten, so that a later attempt can retry.
 */
const loads = new Map<string, Promise<LoadResult>>();

export function workerLoader(
  makeWorker: () => Worker,
  pageEngine: PageEngine,
  pageLoad: (url: string) => Promise<LoadResult>,
  /** The build's own first map and its digest (virtual:backbone-first-map): those exact bytes are not validated again. */
  built?: { url: string; digest: string | null },
): (url: string) => Promise<LoadResult> {
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  const builtUrl = built?.digest ? new URL(built.url, base).href : null;
  return (url) => {
    // The worker resolves URLs against its own script's address, not the page's.
    const absolute = new URL(url, base).href;
    let pending = loads.get(absolute);
    if (!pending) {
      pending = loadOnce(absolute, absolute === builtUrl ? (built?.digest ?? undefined) : undefined, makeWorker, pageEngine, pageLoad);
      loads.set(absolute, pending);
      void pending.then((result) => {
        if (!result.ok && result.problems.some((p) => p.message.startsWith('could not fetch'))) loads.delete(absolute);
      });
    }
    return pending;
  };
}

async function loadOnce(url: string, digest: string | undefined, makeWorker: () => Worker, pageEngine: PageEngine, pageLoad: (url: string) => Promise<LoadResult>): Promise<LoadResult> {
  const connection = openConnection(makeWorker, pageEngine);
  const assembler = datasetAssembler();
  let answer: LoadAnswer;
  try {
    answer = await connection.ask<LoadAnswer>(digest ? { type: 'load', url, digest } : { type: 'load', url }, assembler.add);
  } catch (error) {
    connection.close();
    if (error instanceof WorkerUnavailableError) return pageLoad(url);
    return { ok: false, problems: [{ path: [], where: '(dataset)', message: `the dataset at ${url} could not be loaded: ${(error as Error).message}` }] };
  }
  if (!answer.ok) {
    connection.close();
    return answer;
  }
  const backbone = normalizeDataset(assembler.finish(answer.rest));
  adoptConnection(backbone, connection);
  return answer.detailsUrl ? { ok: true, backbone, detailsUrl: answer.detailsUrl } : { ok: true, backbone };
}
