import type { EngineCancel, EngineHold, EngineRequest, EngineResponse } from './protocol';

/** What the host needs of the engine to work ahead (model/scenario.ts). */
interface EngineAhead {
  prepareAhead(pause: () => Promise<void>): Promise<boolean>;
}

export interface EngineHostOptions {
  /** Answers one request; awaits `pause` between steps of long work (a pause that throws stops it). */
  answer(request: EngineRequest, pause: () => Promise<void>): Promise<unknown>;
  /** The engine, once a dataset is loaded. */
  engine(): EngineAhead | null;
  post(response: EngineResponse): void;
  /** Resolves in a task of its own, after the messages already waiting. */
  nextTask(): Promise<void>;
  /**
   * Resolves after the quiet the engine waits for, once it has answered everything, before it works ahead: the
   * page is then drawing the answer, and on a machine of two cores the work ahead would slow that drawing down.
   */
  quiet(): Promise<void>;
  /** Told of a failure of the work ahead, which nobody asked for and nobody else would hear of. */
  report(error: unknown): void;
}

class Superseded extends Error {}
class MakeWay extends Error {}

/**
 * The engine worker's side of the protocol: one request at a time, in the order asked (a question asked while the
 * dataset loads waits for it); a cancel from the page (EngineCancel) stops its request at the next pause, which then
 * answers `superseded`. Once the reader has moved the year, the engine, with nothing asked, works out the years
 * beside the one asked about last (`prepareAhead`) after a moment's quiet, so that a step of the year slider is
 * answered from a kept baseline. That work makes way at its next pause for any request that comes (which goes on
 * with the year if it asks for the same) and for a hold (the reader moving the year again), and waits for quiet again.
 */
export function createEngineHost(options: EngineHostOptions): { receive(message: EngineRequest | EngineCancel | EngineHold): void; idle(): Promise<void> } {
  let queue: Promise<void> = Promise.resolve();
  /** Requests received that have not begun. */
  let waiting = 0;
  /**
   * Whether the reader has moved the year (a hold): only then is the work ahead worth its memory (a baseline of the
   * shipped data holds about 35 MB), which an embed that shows one scenario would carry for nothing.
   */
  let yearsMoved = false;
  /** Whether the work ahead is waiting for quiet, queued or under way. */
  let ahead = false;
  /** How many requests have been answered and holds received: what the work ahead waits to see stand still. */
  let activity = 0;
  /** Requests received that have not answered yet, and those of them the page gave up. */
  const unanswered = new Set<number>();
  const cancelled = new Set<number>();

  const workAhead = (): void => {
    const engine = options.engine();
    if (!yearsMoved || ahead || waiting > 0 || !engine) return;
    ahead = true;
    const since = activity;
    void options.quiet().then(() => {
      if (waiting > 0 || activity !== since) {
        // Not quiet after all: a request that is still waiting starts the quiet again once answered.
        ahead = false;
        workAhead();
        return;
      }
      queue = queue.then(async () => {
        try {
          const pause = async () => {
            await options.nextTask();
            if (waiting > 0 || activity !== since) throw new MakeWay();
          };
          while (waiting === 0 && (await engine.prepareAhead(pause)));
          ahead = false;
        } catch (error) {
          ahead = false;
          if (!(error instanceof MakeWay)) options.report(error);
          // Held (not asked): nobody else starts the quiet again.
          else if (waiting === 0) workAhead();
        }
      });
    });
  };

  const serve = async (request: EngineRequest): Promise<void> => {
    waiting--;
    let response: EngineResponse;
    try {
      if (cancelled.has(request.id)) throw new Superseded();
      const pause = async () => {
        await options.nextTask();
        if (cancelled.has(request.id)) throw new Superseded();
      };
      response = { id: request.id, ok: true, result: await options.answer(request, pause) };
    } catch (error) {
      response =
        error instanceof Superseded
          ? { id: request.id, ok: false, error: 'a newer question replaced this one', superseded: true }
          : { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    cancelled.delete(request.id);
    unanswered.delete(request.id);
    activity++;
    options.post(response);
    workAhead();
  };

  return {
    receive(message) {
      if (message.type === 'hold') {
        activity++;
        yearsMoved = true;
        // Asked nothing more after this, the quiet still has to begin.
        workAhead();
        return;
      }
      if (message.type === 'cancel') {
        // A cancel that crossed its answer on the way has nothing left to stop.
        if (unanswered.has(message.target)) cancelled.add(message.target);
        return;
      }
      unanswered.add(message.id);
      waiting++;
      queue = queue.then(() => serve(message));
    },
    /** Resolves once everything queued so far is done (for tests: the work ahead is queued after the quiet). */
    idle: () => queue,
  };
}
