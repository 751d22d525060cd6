import type { Backbone } from '../data/normalize';
import { notYetInService } from '../data/normalize';
import { baselineSteps, computeBaseline } from './baseline';
import type { Baseline } from './baseline';
import { buildDemand } from './demand';
import { buildGraph } from './graph';

/** How many years' baselines an engine keeps: the year asked about last and the two beside it. */
const BASELINES_KEPT = 3;
/**
 * Up to this many cable segments, an idle engine works out the years beside the one asked about last (prepareAhead):
 * a baseline of the shipped data takes about a second and 35 MB; at ten times the data, 10–15 s and 350 MB.
 */
const AHEAD_UP_TO_SEGMENTS = 5000;

/**
 * Which network a question about `year`, on `day` if given, is about: the day when some cable or section of that
 * year had not yet entered service on it (an incident replayed before it), else the whole year, whose baseline
 * the year slider shares.
 */
type NetworkKey = number | string;
function networkKey(backbone: Backbone, year: number, day?: string): NetworkKey {
  return day !== undefined && Number(day.slice(0, 4)) === year && notYetInService(backbone, year, day).length > 0 ? day : year;
}

const yearOfKey = (key: NetworkKey): number => (typeof key === 'number' ? key : Number(key.slice(0, 4)));
const graphFor = (backbone: Backbone, key: NetworkKey) => buildGraph(backbone, typeof key === 'number' ? { year: key } : { day: key });

/** A network's baseline from nothing, in steps: its graph, its demand, then baselineSteps. */
function* baselinePreparation(backbone: Backbone, key: NetworkKey): Generator<void, Baseline> {
  const graph = graphFor(backbone, key);
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
  const baselines = new Map<NetworkKey, Baseline>();
  let focus: number | null = null;
  /** A network's preparation given up at a pause, kept to go on from there if that network is asked for again. */
  let suspended: { key: NetworkKey; steps: Generator<void, Baseline> } | null = null;
  const segments = backbone.dataset.cables.reduce((n, c) => n + c.segments.length, 0);
  /** networkKey's answers: a replay asks again for every cut, and the answer needs a pass over every cable. */
  const keys = new Map<string, NetworkKey>();
  const keyOf = (year: number, day?: string): NetworkKey => {
    if (day === undefined) return year;
    const asked = `${year} ${day}`;
    let key = keys.get(asked);
    if (key === undefined) keys.set(asked, (key = networkKey(backbone, year, day)));
    return key;
  };

  const keep = (key: NetworkKey, baseline: Baseline): Baseline => {
    baselines.set(key, baseline);
    while (baselines.size > BASELINES_KEPT) {
      const from = focus ?? yearOfKey(key);
      const distance = (k: NetworkKey) => Math.abs(yearOfKey(k) - from);
      const farthest = [...baselines.keys()].filter((k) => k !== key).reduce((a, b) => (distance(b) > distance(a) ? b : a));
      baselines.delete(farthest);
    }
    return baseline;
  };

  const prepareNetwork = async (key: NetworkKey, pause: () => Promise<void>): Promise<void> => {
    if (baselines.has(key)) return;
    const steps = suspended?.key === key ? suspended.steps : baselinePreparation(backbone, key);
    suspended = null;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        keep(key, step.value);
        return;
      }
      try {
        await pause();
      } catch (error) {
        suspended = { key, steps };
        throw error;
      }
    }
  };

  return {
    /**
     * The baseline of the network of `year` (on `day`, for an incident replayed: see networkKey), kept or worked
     * out at once; the year becomes the one asked about last.
     */
    get(year: number, day?: string): Baseline {
      focus = year;
      const key = keyOf(year, day);
      const kept = baselines.get(key);
      if (kept) return kept;
      if (suspended?.key === key) suspended = null;
      const graph = graphFor(backbone, key);
      return keep(key, computeBaseline(graph, buildDemand(graph)));
    },
    /**
     * Works out a year's baseline ahead of a question about it, in steps of some tens of milliseconds, awaiting
     * `pause` between them: a pause that throws stops the work (the engine worker's, when a newer question
     * replaced the one that asked), which goes on from where it stopped if the year is asked for again. Questions
     * about a year prepared are then answered from the kept baseline.
     */
    prepare(year: number, pause: () => Promise<void>, day?: string): Promise<void> {
      focus = year;
      return prepareNetwork(keyOf(year, day), pause);
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
      await prepareNetwork(next, pause);
      return true;
    },
  };
}
