import { startTransition, useEffect, useState } from 'react';
import { rendersInSlices } from '../renderSlicing';

/**
 * Elements of a layer drawn per round (a frame) during the map's first drawing: some 20–50 ms of work each on a
 * busy 2-core machine (the four marker layers grow together). The world's outline comes in pieces (BasemapLayer),
 * 10–20 ms of projecting each.
 */
export const PER_TASK = { basemap: 3, cables: 160, links: 320, markers: 500 } as const;
/**
 * The share of a round's chunk the lines draw in their first round, which is an ordinary update (below) next to
 * the world's pieces: the rest come in transitions, whose script React slices.
 */
const FIRST_LINES_SHARE = 0.5;
/**
 * The share of its chunk a layer draws per round on a renderer that renders each update in one task (preact/compat,
 * the embed script's): a round there is one task, which took 100–150 ms with whole chunks on the shipped data
 * (projecting the lines and the world, and the browser parsing each path's data as it is set).
 */
const UNSLICED_SHARE = 0.25;
/**
 * …but in no more rounds than this: every frame of the drawing repaints the whole map layer, which on ten times the
 * data outweighs a round's script (quarter chunks drew the 10× map in 20 s instead of 9), so larger data takes
 * larger rounds there.
 */
const MAX_UNSLICED_ROUNDS = 40;
/**
 * A layer renders its elements in blocks of a quarter of a chunk (InBlocks, which draws every block a limit reaches
 * into): React's rounds add whole blocks, the lines' head start included, and the embed's rounds on its own data one.
 */
export const BLOCK = { cables: PER_TASK.cables * UNSLICED_SHARE, links: PER_TASK.links * UNSLICED_SHARE, markers: PER_TASK.markers * UNSLICED_SHARE } as const;
/** A round waits for the next frame, or this long where no frame comes. */
export const NO_FRAME_MS = 100;

type Group = 1 | 2 | 3 | 4;

export interface FirstDrawing {
  /** Whether a group of layers is drawn yet. */
  shows(group: Group): boolean;
  /**
   * How many of its `count` elements (or pieces) a layer of a group draws now (the first ones), or undefined for all
   * of them.
   */
  limit(group: 1 | 2 | 3, perTask: number, count: number): number | undefined;
  /** True until the first drawing is complete: the map says so (aria-busy), and tests wait for it. */
  busy: boolean;
}

/**
 * The map's first drawing, in short tasks rather than one that blocks the page: after the panels around it,
 * group 1 (the world), group 2 (the lines), group 3 (the markers) and group 4 (the scenario, the selection and
 * the labels) join a frame apart, and a layer of many elements (or the world's pieces) grows by a chunk a frame.
 * Until the first lines are drawn (round 2) a round is an ordinary update: the first map comes first. Later
 * rounds are transitions, which React renders in slices of a few milliseconds and puts behind whatever the reader does.
 * From then on the map draws at once (a new year, a filter, a layer switched back on). Where nothing is laid out
 * (jsdom), at once too.
 */
export function useFirstDrawing(measured: boolean, laidOut: boolean, sizes: { basemapPieces: number; cables: number; links: number; markers: number }): FirstDrawing {
  const [round, setRound] = useState(0);
  const [done, setDone] = useState(false);
  const progressive = laidOut && !done;
  // Group g joins in round g; a layer with more than a round's worth grows over the rounds that follow.
  const chunks = Math.max(sizes.cables / PER_TASK.cables, sizes.links / PER_TASK.links, sizes.markers / PER_TASK.markers);
  const share = rendersInSlices() ? 1 : Math.min(1, Math.max(UNSLICED_SHARE, chunks / MAX_UNSLICED_ROUNDS));
  // The lines' first round is half a chunk next to the world's pieces (a whole round where rounds are smaller).
  const headStart = (group: 1 | 2 | 3) => (group === 2 ? Math.min(1, FIRST_LINES_SHARE / share) : 1);
  const roundsOf = (group: 1 | 2 | 3, count: number, perTask: number) => group + Math.max(0, Math.ceil(count / (perTask * share) - headStart(group)));
  const rounds = Math.max(
    4,
    roundsOf(1, sizes.basemapPieces, PER_TASK.basemap),
    roundsOf(2, sizes.cables, PER_TASK.cables),
    roundsOf(2, sizes.links, PER_TASK.links),
    roundsOf(3, sizes.markers, PER_TASK.markers),
  );
  /**
   * What a layer adds a round. The lines and the markers spread over the rounds the drawing takes anyway (its slowest
   * layer's), in whole blocks, rather than each drawing its full chunk from its first round: on ten times the data the
   * first rounds, which added every layer's chunk at once (some 2,400 elements), made the longest tasks of loading.
   * The world's pieces keep their pace: the first map needs them.
   */
  const perRound = (group: 1 | 2 | 3, perTask: number, count: number) => {
    const chunk = perTask * share;
    if (group === 1) return chunk;
    const block = perTask * UNSLICED_SHARE;
    const spread = count / (rounds - group + headStart(group));
    return Math.min(chunk, Math.max(block, Math.ceil(spread / block) * block));
  };
  const drawnBy = (group: 1 | 2 | 3, perTask: number, count: number) => Math.round(Math.max(0, round - group + headStart(group)) * perRound(group, perTask, count));
  useEffect(() => {
    if (!progressive) return;
    // One round a frame: the browser recalculates styles and lays out what a round added before the next round
    // adds more (with back-to-back timers, several rounds' elements fell into one style recalculation of
    // 100–400 ms with ten times the data).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => (round >= rounds ? setDone(true) : setRound(round + 1));
    const advance = () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      timer = setTimeout(() => (round < 2 ? next() : startTransition(next)), 0);
    };
    const frame = requestAnimationFrame(advance);
    // A page the browser does not paint gets no frames (a tab in the background; a headless run now and then
    // stopped them for over 30 s): without this the map would stay half drawn until frames came back.
    const fallback = setTimeout(advance, NO_FRAME_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      clearTimeout(timer);
    };
  }, [progressive, round, rounds]);
  return {
    busy: !measured || progressive,
    shows: (group) => measured && (!progressive || round >= group),
    limit: (group, perTask, count) => (progressive ? (round >= group ? drawnBy(group, perTask, count) : 0) : undefined),
  };
}
