import { describe, expect, it } from 'vitest';
import { createWorkerEngineClient } from '../../src/worker/workerEngineClient';
import type { EngineCancel, EngineRequest, EngineResponse } from '../../src/worker/protocol';
import { isSuperseded } from '../../src/worker/protocol';
import type { PageEngine } from '../../src/worker/pageEngine';
import { tinyBackbone } from '../fixtures/loadFixture';

/** A worker that records what it is sent and answers only when the test says so. */
class FakeWorker {
  sent: (EngineRequest | EngineCancel)[] = [];
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: EngineRequest | EngineCancel) {
    this.sent.push(message);
  }
  terminate() {}
  answer(response: EngineResponse) {
    this.onmessage?.({ data: response } as MessageEvent<EngineResponse>);
  }
  /** The questions sent, without the dataset's init. */
  questions() {
    return this.sent.filter((m) => m.type !== 'init');
  }
}

const noPageEngine: PageEngine = () => Promise.reject(new Error('not used here'));

function client() {
  const worker = new FakeWorker();
  const engine = createWorkerEngineClient(tinyBackbone(), () => worker as unknown as Worker, noPageEngine);
  return { worker, engine };
}

/** Lets the promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the worker engine client', () => {
  it('gives up the evaluation under way when a newer one is asked, and sends only the newest of those waiting', async () => {
    const { worker, engine } = client();
    const first = engine.evaluate(2026, {});
    const outcomes: string[] = [];
    first.then(
      () => outcomes.push('first answered'),
      (error: unknown) => outcomes.push(isSuperseded(error) ? 'first superseded' : 'first failed'),
    );
    const second = engine.evaluate(2025, {});
    second.catch((error: unknown) => outcomes.push(isSuperseded(error) ? 'second superseded' : 'second failed'));
    const third = engine.evaluate(2024, {});
    await settle();
    const [asked, cancel, ...rest] = worker.questions();
    expect(asked).toMatchObject({ type: 'evaluate', year: 2026 });
    // The first is cancelled once, in the worker; the second never leaves the page.
    expect(cancel).toEqual({ type: 'cancel', target: (asked as EngineRequest).id });
    expect(rest).toEqual([]);
    expect(outcomes).toEqual(['second superseded']);

    // The worker gives the first up: the third is sent.
    worker.answer({ id: (asked as EngineRequest).id, ok: false, error: 'a newer question replaced this one', superseded: true });
    await settle();
    expect(outcomes).toEqual(['second superseded', 'first superseded']);
    const sentThird = worker.questions().at(-1) as EngineRequest;
    expect(sentThird).toMatchObject({ type: 'evaluate', year: 2024 });
    worker.answer({ id: sentThird.id, ok: true, result: { year: 2024 } });
    await expect(third).resolves.toEqual({ year: 2024 });
  });

  it('keeps an answer that arrives before the cancel was seen, and tells a real failure from a superseded question', async () => {
    const { worker, engine } = client();
    const first = engine.critical(2026, 10);
    const second = engine.critical(2020, 10);
    await settle();
    const asked = worker.questions()[0] as EngineRequest;
    // The worker had finished: it answers as usual, and the newer question follows.
    worker.answer({ id: asked.id, ok: true, result: ['ranked'] });
    await expect(first).resolves.toEqual(['ranked']);
    const next = worker.questions().at(-1) as EngineRequest;
    expect(next).toMatchObject({ type: 'critical', year: 2020 });
    worker.answer({ id: next.id, ok: false, error: 'the engine has no dataset yet' });
    const failure = await second.catch((error: unknown) => error);
    expect(isSuperseded(failure)).toBe(false);
    expect((failure as Error).message).toBe('the engine has no dataset yet');
  });

  it('cancels nothing when questions come one after another', async () => {
    const { worker, engine } = client();
    const first = engine.evaluate(2026, {});
    await settle();
    const asked = worker.questions()[0] as EngineRequest;
    worker.answer({ id: asked.id, ok: true, result: 'one' });
    await expect(first).resolves.toBe('one');
    const second = engine.evaluate(2025, {});
    await settle();
    const next = worker.questions().at(-1) as EngineRequest;
    worker.answer({ id: next.id, ok: true, result: 'two' });
    await expect(second).resolves.toBe('two');
    expect(worker.questions().filter((m) => m.type === 'cancel')).toEqual([]);
  });
});
