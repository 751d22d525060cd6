import type { Backbone } from '../data/normalize';
import { baselineSteps, computeBaseline } from './baseline';
import type { Baseline } from './baseline';
import { buildDemand } from './demand';
import { buildGraph } from './graph';

/** How many years' baselines an engine keeps: the year asked about last and the two beside it. */
const BASELINES_KEPT = 3;
/**
 * Up to this many cable segments, an idle engine works out the years beside the one asked about last (prepareAhead):
 * a baseline of the shipped data takes about a second and 35 MB; at ten times the data, a minute and 350 MB.
 */
const AHEAD_UP_TO_SEGMENTS = 5000;

/** A year's baseline from nothing, in steps: its graph, its demand, then baselineSteps. */
function* baselinePreparation(backbone: Backbone, year: number): Generator<void, Baseline> {
  const graph = buildGraph(backbone, { year });
  yield;
  const demand = buildDemand(graph);
  yield;
  return yield* baselineSteps(graph, demand, undefined);
}

/**
 * The baselines of the years an engine is asked about. A year's baseline holds its routes, placement and the
 * routers' trees (tens of MB): a few are kept, those nearest the year asked about last (`focus`), since a reader
 * moves the year slider a step at a time.
 */
export function createYearBaselines(backbone: Backbone) {
  const baselines = new Map<number, Baseline>();
  let focus: number | null = null;
  /** A year's preparation given up at a pause, kept to go on from there if that year is asked for again. */
  let suspended: { year: number; steps: Generator<void, Baseline> } | null = null;
  const segments = backbone.dataset.cables.reduce((n, c) => n + c.segments.length, 0);

  const keep = (year: number, baseline: Baseline): Baseline => {
    baselines.set(year, baseline);
    while (baselines.size > BASELINES_KEPT) {
      const from = focus ?? year;
      const farthest = [...baselines.keys()].filter((y) => y !== year).reduce((a, b) => (Math.abs(b - from) > Math.abs(a - from) ? b : a));
      baselines.delete(farthest);
    }
    return baseline;
  };

  const prepareYear = async (year: number, pause: () => Promise<void>): Promise<void> => {
    if (baselines.has(year)) return;
    const steps = suspended?.year === year ? suspended.steps : baselinePreparation(backbone, year);
    suspended = null;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        keep(year, step.value);
        return;
      }
      try {
        await pause();
      } catch (error) {
        suspended = { year, steps };
        throw error;
      }
    }
  };

  return {
    /** The year's baseline, kept or worked out at once; the year becomes the one asked about last. */
    get(year: number): Baseline {
      focus = year;
      const kept = baselines.get(year);
      if (kept) return kept;
      if (suspended?.year === year) suspended = null;
      const graph = buildGraph(backbone, { year });
      return keep(year, computeBaseline(graph, buildDemand(graph)));
    },
    /**
     * Works out a year's baseline ahead of a question about it, in steps of some tens of milliseconds, awaiting
     * `pause` between them: a pause that throws stops the work (the engine worker's, when a newer question
     * replaced the one that asked), which goes on from where it stopped if the year is asked for again. Questions
     * about a year prepared are then answered from the kept baseline.
     */
    prepare(year: number, pause: () => Promise<void>): Promise<void> {
      focus = year;
      return prepareYear(year, pause);
    },
    /**
     * For an engine with nothing to do: works out, as `prepare` does, the year before the one asked about last,
     * else the year after, if the slider reaches it and it is not kept. Answers whether it worked one out (or
     * stopped at a pause that threw); false once both are kept, or on data too large for it to be worth it.
     */
    async prepareAhead(pause: () => Promise<void>): Promise<boolean> {
      if (focus === null || segments > AHEAD_UP_TO_SEGMENTS) return false;
      const { min, max } = backbone.years;
      const next = [focus - 1, focus + 1].find((y) => y >= min && y <= max && !baselines.has(y));
      if (next === undefined) return false;
      await prepareYear(next, pause);
      return true;
    },
  };
}
