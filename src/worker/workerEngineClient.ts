import type { Backbone } from '../data/normalize';
import type { TrustAsk, TrustChoices, TrustCustomView, TrustReplayView } from '../model/trustEngine';
import type { CutSet } from '../model/cuts';
import type { CriticalCableView, RouteView, ScenarioView } from '../model/scenario';
import type { PageEngine } from './pageEngine';
import type { DatasetPart, EngineCancel, EngineClient, EngineHold, EngineRequest, EngineResponse, WithoutId } from './protocol';

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  request: WithoutId<EngineRequest>;
  onPart?: (part: DatasetPart) => void;
};

/** Thrown to a question that a newer one of the same kind replaced before it was sent: its answer would be stale. */
class SupersededError extends Error {
  override name = 'SupersededError';
}

/** Thrown to a load asked of a worker that could not start or failed: the caller loads on the page's thread instead. */
export class WorkerUnavailableError extends Error {
  override name = 'WorkerUnavailableError';
}

/**
 * One worker per dataset, shared by every explorer on the page that uses it:
 * answers come back in the order asked, matched by id. If the worker cannot
 * start or fails (a host page whose Content-Security-Policy or origin forbids
 * the worker file), what it was asked, and everything after, runs on the
 * page's own thread instead, and the console says so.
 */
export interface Connection {
  /** `signal`: aborted, the worker is told to give the request up (it then rejects with a SupersededError, unless answered already). */
  ask<T>(request: WithoutId<EngineRequest>, onPart?: (part: DatasetPart) => void, signal?: AbortSignal): Promise<T>;
  /** The dataset the worker's engine holds; questions fall back to an engine for it on the page's thread. */
  backbone: Backbone | null;
  users: number;
  /** Tells the worker the reader is moving the year (EngineHold). */
  hold(): void;
  close(): void;
}

const connections = new WeakMap<Backbone, Connection>();

/** A worker with no dataset yet: a 'load' gives it one (workerLoader.ts), then `adoptConnection` shares it. */
export function openConnection(makeWorker: () => Worker, pageEngine: PageEngine): Connection {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let fallback = false;
  const local = (request: WithoutId<EngineRequest>): Promise<unknown> => {
    if (request.type === 'init') return Promise.resolve(null);
    if (request.type === 'load') return Promise.reject(new WorkerUnavailableError('the engine worker is not available'));
    const backbone = connection.backbone;
    if (!backbone) return Promise.reject(new Error('the engine has no dataset yet'));
    return pageEngine(backbone).then((engine) => engine.answer(request));
  };
  const failOver = (why: string) => {
    if (fallback) return;
    console.warn(`Backbone Explorer: the engine worker is not available (${why}); the engine runs on this page's thread instead.`);
    fallback = true;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      local(waiting.request).then(waiting.resolve, waiting.reject);
    }
  };
  let worker: Worker | null = null;
  try {
    worker = makeWorker();
  } catch (error) {
    failOver(error instanceof Error ? error.message : String(error));
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      if (!waiting) return;
      if ('part' in response) return waiting.onPart?.(response.part);
      pending.delete(response.id);
      if (response.ok) waiting.resolve(response.result);
      else waiting.reject(response.superseded ? new SupersededError(response.error) : new Error(response.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failOver(event.message || 'it could not be loaded');
      worker?.terminate();
    };
  }
  const connection: Connection = {
    backbone: null,
    users: 0,
    ask: <T>(request: WithoutId<EngineRequest>, onPart?: (part: DatasetPart) => void, signal?: AbortSignal) => {
      if (fallback || !worker) return local(request) as Promise<T>;
      return new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, request, onPart });
        worker!.postMessage({ ...request, id });
        signal?.addEventListener('abort', () => pending.has(id) && !fallback && worker?.postMessage({ type: 'cancel', target: id } satisfies EngineCancel), { once: true });
      });
    },
    hold: () => {
      if (worker && !fallback) worker.postMessage({ type: 'hold' } satisfies EngineHold);
    },
    close: () => {
      worker?.terminate();
      for (const waiting of pending.values()) waiting.reject(new Error('the explorer was closed'));
      pending.clear();
    },
  };
  return connection;
}

/** Shares a worker that loaded `backbone` with every engine client asked for it, so that it is not sent the dataset again. */
export function adoptConnection(backbone: Backbone, connection: Connection): void {
  connection.backbone = backbone;
  connections.set(backbone, connection);
}

function connect(backbone: Backbone, makeWorker: () => Worker, pageEngine: PageEngine): Connection {
  const connection = openConnection(makeWorker, pageEngine);
  connection.backbone = backbone;
  void connection.ask({ type: 'init', dataset: backbone.dataset });
  return connection;
}

/**
 * Asks one kind of question at most once at a time: while an answer is awaited, only the newest further question
 * waits, and it replaces any older one (which is told it was superseded); the question under way is given up in
 * the worker, which stops working out its year as soon as it can. Holding an arrow key on the year slider thus
 * waits, after the last press, for that year alone, not for one asked before it.
 */
function latestOnly<A extends unknown[], T>(send: (signal: AbortSignal, ...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let inFlight: AbortController | null = null;
  let waiting: { args: A; resolve: (value: T) => void; reject: (error: Error) => void } | null = null;
  const run = (args: A, resolve: (value: T) => void, reject: (error: Error) => void) => {
    const controller = (inFlight = new AbortController());
    send(controller.signal, ...args)
      .then(resolve, reject)
      .finally(() => {
        inFlight = null;
        const next = waiting;
        waiting = null;
        if (next) run(next.args, next.resolve, next.reject);
      });
  };
  return (...args: A) =>
    new Promise<T>((resolve, reject) => {
      if (!inFlight) return run(args, resolve, reject);
      inFlight.abort();
      waiting?.reject(new SupersededError('a newer question replaced this one'));
      waiting = { args, resolve, reject };
    });
}

/**
 * The engine in a Web Worker (shared per dataset on the page), one evaluation and one ranking in flight at a time;
 * where the worker cannot start, `pageEngine` answers on the page's thread.
 */
export function createWorkerEngineClient(backbone: Backbone, makeWorker: () => Worker, pageEngine: PageEngine): EngineClient {
  let connection = connections.get(backbone);
  if (!connection) {
    connection = connect(backbone, makeWorker, pageEngine);
    connections.set(backbone, connection);
  }
  connection.users++;
  const shared = connection;
  let closed = false;
  return {
    evaluate: latestOnly((signal, year: number, cut: CutSet, day?: string) => shared.ask<ScenarioView>({ type: 'evaluate', year, cut, ...(day !== undefined && { day }) }, undefined, signal)),
    // Routes are asked in pairs (with the cuts and intact) and are cheap: each is answered.
    route: (year, from, to, cut, day) => shared.ask<RouteView>({ type: 'route', year, from, to, cut, ...(day !== undefined && { day }) }),
    critical: latestOnly((signal, year: number, count: number) => shared.ask<CriticalCableView[]>({ type: 'critical', year, count }, undefined, signal)),
    trust: latestOnly((signal, event: string, rov: string | null) => shared.ask<TrustReplayView>({ type: 'trust', event, rov }, undefined, signal)),
    trustCustom: latestOnly((signal, year: number, ask: TrustAsk, rov: string | null) => shared.ask<TrustCustomView>({ type: 'trustCustom', year, ask, rov }, undefined, signal)),
    trustChoices: (year) => shared.ask<TrustChoices>({ type: 'trustChoices', year }),
    hold: () => shared.hold(),
    dispose: () => {
      if (closed) return;
      closed = true;
      if (--shared.users === 0) {
        shared.close();
        connections.delete(backbone);
      }
    },
  };
}

