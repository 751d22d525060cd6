/** Something that calls back once per frame: `requestAnimationFrame` in a page, a hand-cranked clock in tests. */
export interface FrameScheduler {
  /** Asks for `callback` to run at the next frame, with that frame's time in ms; returns a handle for `cancel`. */
  request(callback: (timeMs: number) => void): number;
  /** Withdraws a request that has not run yet. */
  cancel(handle: number): void;
  /** The current time in ms, on the same clock as the frame times. */
  now(): number;
}

/** A scheduler whose frames run only when a test calls `tick`. */
export interface ManualScheduler extends FrameScheduler {
  /** Moves the clock on by `ms` and runs the callbacks requested before this tick; returns how many ran. */
  tick(ms: number): number;
  /** Number of callbacks waiting for the next tick. */
  readonly pending: number;
}

/** Options of `createFrameLoop`. */
export interface FrameLoopOptions {
  /** Longest dt passed to onFrame, in ms, so that a tab back from the background does not teleport packets. Default 100. */
  maxDtMs?: number;
}

/** A running (or stopped) animation loop. */
export interface FrameLoop {
  /** Starts calling onFrame once per frame; the first dt counts from this call. Does nothing if running. */
  start(): void;
  /** Stops before the next frame. Does nothing if stopped. */
  stop(): void;
  /** Whether the loop is running. */
  readonly running: boolean;
}

/**
 * One animation loop: calls `onFrame(dtMs)` once per frame with the time since
 * the previous frame, clamped to [0, maxDtMs]. The scheduler is injectable so
 * tests step frames by hand (`createManualScheduler`); the default uses
 * `globalThis.requestAnimationFrame` when there is one, a 16 ms timer otherwise.
 */
export function createFrameLoop(
  onFrame: (dtMs: number) => void,
  scheduler: FrameScheduler = createDefaultScheduler(),
  { maxDtMs = 100 }: FrameLoopOptions = {},
): FrameLoop {
  let handle: number | null = null;
  let lastMs = 0;

  function frame(timeMs: number): void {
    handle = null;
    const dt = Math.min(maxDtMs, Math.max(0, timeMs - lastMs));
    lastMs = timeMs;
    onFrame(dt);
    // onFrame may have stopped the loop (or stopped and restarted it, which already asked for a frame).
    if (running && handle === null) handle = scheduler.request(frame);
  }

  let running = false;
  return {
    start() {
      if (running) return;
      running = true;
      lastMs = scheduler.now();
      handle = scheduler.request(frame);
    },
    stop() {
      if (!running) return;
      running = false;
      if (handle !== null) scheduler.cancel(handle);
      handle = null;
    },
    get running() {
      return running;
    },
  };
}

/** `requestAnimationFrame` when the global scope has it (pages, some workers), else a timer at about 60 frames a second. */
function createDefaultScheduler(): FrameScheduler {
  const now = () => performance.now();
  const raf = globalThis.requestAnimationFrame;
  const caf = globalThis.cancelAnimationFrame;
  if (typeof raf === 'function' && typeof caf === 'function') {
    return { request: (callback) => raf.call(globalThis, callback), cancel: (handle) => caf.call(globalThis, handle), now };
  }
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let next = 1;
  return {
    request(callback) {
      const handle = next++;
      timers.set(
        handle,
        setTimeout(() => {
          timers.delete(handle);
          callback(now());
        }, 16),
      );
      return handle;
    },
    cancel(handle) {
      clearTimeout(timers.get(handle));
      timers.delete(handle);
    },
    now,
  };
}

/** A scheduler for tests: time stands still until `tick(ms)`, which runs the frames then due. Starts at time 0. */
export function createManualScheduler(): ManualScheduler {
  let time = 0;
  let next = 1;
  const waiting = new Map<number, (timeMs: number) => void>();
  let due = new Map<number, (timeMs: number) => void>();
  return {
    request(callback) {
      const handle = next++;
      waiting.set(handle, callback);
      return handle;
    },
    cancel(handle) {
      waiting.delete(handle);
      due.delete(handle);
    },
    now: () => time,
    tick(ms) {
      time += ms;
      due = new Map(waiting);
      waiting.clear();
      let ran = 0;
      for (const [handle, callback] of due) {
        // A callback earlier in this tick may have cancelled this one.
        if (!due.delete(handle)) continue;
        callback(time);
        ran++;
      }
      return ran;
    },
    get pending() {
      return waiting.size;
    },
  };
}
