import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../../src/worker/engineHost';
import type { EngineRequest, EngineResponse } from '../../src/worker/protocol';

/**
 * An engine whose work is counted in steps: a year takes STEPS pauses to work out; it works out ahead the
 * years in `aheadYears`, one per call, and remembers what it was doing when a pause threw.
 */
const STEPS = 5;
function fakeEngine(aheadYears: number[]) {
  const kept = new Set<number>();
  const log: string[] = [];
  const progress = new Map<number, number>();
  const work = async (year: number, pause: () => Promise<void>, who: string) => {
    if (kept.has(year)) return;
    for (let done = progress.get(year) ?? 0; done < STEPS; done++) {
      progress.set(year, done);
      await pause();
      log.push(`${who} ${year} step ${done + 1}`);
    }
    kept.add(year);
  };
  return {
    log,
    kept,
    prepare: (year: number, pause: () => Promise<void>) => work(year, pause, 'asked'),
    async prepareAhead(pause: () => Promise<void>) {
      const year = aheadYears.find((y) => !kept.has(y));
      if (year === undefined) return false;
      await work(year, pause, 'ahead');
      return true;
    },
  };
}

/** Lets the queued tasks run: each pause is a real task, as in the worker. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Whether each answer posted was ok. */
const oks = (posted: EngineResponse[]) => posted.map((p) => ('ok' in p ? p.ok : 'part'));

/** Lets tasks run until `done` holds (the test's timeout ends a wait for what never comes). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await nextTask();
}

function host(aheadYears: number[], quiet: () => Promise<void> = nextTask) {
  const engine = fakeEngine(aheadYears);
  const posted: EngineResponse[] = [];
  const reported: unknown[] = [];
  const served = createEngineHost({
    async answer(request, pause) {
      if (request.type !== 'evaluate') return null;
      await engine.prepare(request.year, pause);
      return `impact of ${request.year}`;
    },
    engine: () => engine,
    post: (response) => posted.push(response),
    nextTask,
    quiet,
    report: (error) => reported.push(error),
  });
  return { engine, posted, reported, served };
}

const evaluate = (id: number, year: number): EngineRequest => ({ id, type: 'evaluate', year, cut: {} });

/**
 * A host whose quiets end when the test says so, for a work ahead of 2025: it has answered about 2026, the page
 * has held (the year moved), and the first quiet has begun.
 */
async function answeredThenHeld() {
  const quiets: (() => void)[] = [];
  const hosted = host([2025], () => new Promise<void>((resolve) => quiets.push(resolve)));
  hosted.served.receive(evaluate(1, 2026));
  await hosted.served.idle();
  hosted.served.receive({ type: 'hold' });
  await until(() => quiets.length === 1);
  return { ...hosted, quiets };
}

describe('the engine worker host', () => {
  it('once the reader has moved the year, works out the years ahead one after another until there are none left', async () => {
    const { engine, posted, served } = host([2025, 2027]);
    served.receive(evaluate(1, 2026));
    await served.idle();
    for (let i = 0; i < 10; i++) await nextTask();
    // Never moved: nothing is worked out ahead (an embed that shows one scenario would hold it for nothing).
    expect([...engine.kept]).toEqual([2026]);
    served.receive({ type: 'hold' });
    await until(() => engine.kept.has(2027));
    expect(posted).toEqual([{ id: 1, ok: true, result: 'impact of 2026' }]);
    expect([...engine.kept]).toEqual([2026, 2025, 2027]);
  });

  it('makes way for a question that comes while it works ahead, and goes on with that year if asked for it', async () => {
    const { engine, posted, served } = host([2025, 2027]);
    served.receive({ type: 'hold' });
    served.receive(evaluate(1, 2026));
    // Wait until the work ahead on 2025 is two steps in.
    while (!engine.log.includes('ahead 2025 step 2')) await nextTask();
    served.receive(evaluate(2, 2025));
    await until(() => engine.kept.has(2027));
    expect(posted.map((p) => p.id)).toEqual([1, 2]);
    expect(posted[1]).toEqual({ id: 2, ok: true, result: 'impact of 2025' });
    // 2025 was not started over: its steps are each done once, those before the question ahead, the rest asked.
    const steps2025 = engine.log.filter((line) => line.includes('2025'));
    expect(steps2025.map((line) => line.replace(/^\w+ /, ''))).toEqual([1, 2, 3, 4, 5].map((n) => `2025 step ${n}`));
    expect(steps2025.at(-1)).toBe('asked 2025 step 5');
  });

  it('works ahead only after a quiet with nothing asked: a question in the quiet starts it again', async () => {
    const { engine, served, quiets } = await answeredThenHeld();
    served.receive(evaluate(2, 2026));
    await served.idle();
    quiets[0]!();
    // Not quiet since the first answer: nothing is worked out ahead, and the quiet begins again.
    await until(() => quiets.length === 2);
    expect(engine.log.filter((line) => line.startsWith('ahead'))).toEqual([]);
    quiets[1]!();
    await until(() => engine.kept.has(2025));
    expect(engine.log.filter((line) => line.startsWith('ahead'))).toHaveLength(STEPS);
  });

  it('stops the work ahead when the page holds (the reader moving the year), and goes on with it after a quiet', async () => {
    const { engine, served, quiets } = await answeredThenHeld();
    quiets[0]!();
    await until(() => engine.log.includes('ahead 2025 step 2'));
    served.receive({ type: 'hold' });
    await until(() => quiets.length === 2);
    // Stopped at its next pause: at most the step under way was finished.
    const aheadSteps = () => engine.log.filter((line) => line.startsWith('ahead'));
    const done = aheadSteps().length;
    expect(done).toBeLessThanOrEqual(3);
    for (let i = 0; i < 10; i++) await nextTask();
    expect(aheadSteps()).toHaveLength(done);
    quiets[1]!();
    await until(() => engine.kept.has(2025));
    // Gone on from where it stopped: each step once.
    expect(aheadSteps()).toEqual([1, 2, 3, 4, 5].map((n) => `ahead 2025 step ${n}`));
  });

  it('stops a question the page cancels at its next pause, and answers it superseded', async () => {
    const { engine, posted, served } = host([]);
    served.receive(evaluate(1, 2014));
    while (!engine.log.includes('asked 2014 step 1')) await nextTask();
    served.receive({ type: 'cancel', target: 1 });
    served.receive(evaluate(2, 2013));
    await served.idle();
    expect(posted).toEqual([
      { id: 1, ok: false, error: 'a newer question replaced this one', superseded: true },
      { id: 2, ok: true, result: 'impact of 2013' },
    ]);
    expect(engine.log.filter((line) => line.includes('2014'))).toEqual(['asked 2014 step 1']);
  });

  it('ignores a cancel that comes after its answer, and does not keep it', async () => {
    const { posted, served } = host([]);
    served.receive(evaluate(1, 2014));
    await served.idle();
    served.receive({ type: 'cancel', target: 1 });
    // The cancel is not kept for later: a request with the same id (a page would not send one) is answered.
    served.receive(evaluate(1, 2013));
    await served.idle();
    expect(oks(posted)).toEqual([true, true]);
  });

  it('reports a failure of the work ahead and keeps answering', async () => {
    const posted: EngineResponse[] = [];
    const reported: unknown[] = [];
    const failing = createEngineHost({
      answer: async () => 'answered',
      engine: () => ({ prepareAhead: () => Promise.reject(new Error('out of memory')) }),
      post: (response) => posted.push(response),
      nextTask,
      quiet: nextTask,
      report: (error) => reported.push(error),
    });
    failing.receive(evaluate(1, 2026));
    failing.receive({ type: 'hold' });
    await until(() => reported.length > 0);
    expect(reported.map((e) => (e as Error).message)).toEqual(['out of memory']);
    failing.receive(evaluate(2, 2026));
    await failing.idle();
    expect(oks(posted)).toEqual([true, true]);
  });
});
