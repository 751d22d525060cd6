// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameLoop, createManualScheduler } from '../../src/sim/frameLoop';

describe('createFrameLoop', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('createFrameLoop(onFrame, manual).start() calls onFrame once per tick with the time since the last frame', () => {
    const scheduler = createManualScheduler();
    const dts: number[] = [];
    const loop = createFrameLoop((dt) => dts.push(dt), scheduler);
    scheduler.tick(5); // not started: nothing runs
    loop.start();
    expect(loop.running).toBe(true);
    scheduler.tick(16);
    scheduler.tick(17);
    scheduler.tick(8);
    expect(dts).toEqual([16, 17, 8]);
  });

  it('createFrameLoop(onFrame, manual) clamps dt to 100 ms after a long pause (a tab back from the background)', () => {
    const scheduler = createManualScheduler();
    const dts: number[] = [];
    createFrameLoop((dt) => dts.push(dt), scheduler).start();
    scheduler.tick(5000);
    scheduler.tick(16);
    expect(dts).toEqual([100, 16]);
  });

  it('createFrameLoop(onFrame, manual, { maxDtMs: 40 }) clamps dt to 40 ms', () => {
    const scheduler = createManualScheduler();
    const dts: number[] = [];
    createFrameLoop((dt) => dts.push(dt), scheduler, { maxDtMs: 40 }).start();
    scheduler.tick(50);
    expect(dts).toEqual([40]);
  });

  it('createFrameLoop(...).stop() stops the frames and withdraws the pending request; start() resumes with dt counted from the restart', () => {
    const scheduler = createManualScheduler();
    const dts: number[] = [];
    const loop = createFrameLoop((dt) => dts.push(dt), scheduler);
    loop.start();
    scheduler.tick(16);
    loop.stop();
    expect(loop.running).toBe(false);
    expect(scheduler.pending).toBe(0);
    scheduler.tick(16);
    scheduler.tick(30);
    expect(dts).toEqual([16]);
    loop.start();
    scheduler.tick(20);
    expect(dts).toEqual([16, 20]);
  });

  it('createFrameLoop(onFrame) stops when onFrame calls stop(), and start() twice does not double the frames', () => {
    const scheduler = createManualScheduler();
    let frames = 0;
    const loop = createFrameLoop(() => {
      frames++;
      if (frames === 3) loop.stop();
    }, scheduler);
    loop.start();
    loop.start();
    expect(scheduler.pending).toBe(1);
    for (let i = 0; i < 10; i++) scheduler.tick(16);
    expect(frames).toBe(3);
    expect(loop.running).toBe(false);
  });

  it('createManualScheduler().tick(ms) skips a callback cancelled by an earlier one in the same tick', () => {
    const scheduler = createManualScheduler();
    const ran: string[] = [];
    let second = 0;
    scheduler.request(() => {
      ran.push('first');
      scheduler.cancel(second);
    });
    second = scheduler.request(() => ran.push('second'));
    expect(scheduler.tick(16)).toBe(1);
    expect(ran).toEqual(['first']);
    expect(scheduler.now()).toBe(16);
  });

  it('createFrameLoop(onFrame) with no scheduler falls back to a timer in Node (no requestAnimationFrame)', () => {
    vi.useFakeTimers();
    const dts: number[] = [];
    const loop = createFrameLoop((dt) => dts.push(dt));
    loop.start();
    vi.advanceTimersByTime(50);
    loop.stop();
    vi.advanceTimersByTime(100);
    expect(dts.length).toBe(3);
    dts.forEach((dt) => expect(dt).toBeGreaterThanOrEqual(0));
    dts.forEach((dt) => expect(dt).toBeLessThanOrEqual(100));
  });
});
