import { useEffect, useState } from 'react';

/** Elements of a layer drawn per round (a frame) during the map's first drawing: some 20–50 ms of work each on a busy 2-core machine (the four marker layers grow together). */
export const PER_TASK = { cables: 200, links: 400, markers: 500 } as const;
/** The groups of layers, drawn in this order: 1 the world, 2 the lines, 3 the markers, 4 the scenario, the selection and the labels. */
const GROUPS = 4;
/** A round waits for the next frame, or this long where no frame comes. */
export const NO_FRAME_MS = 100;

export interface FirstDrawing {
  /** Whether a group of layers is drawn yet. */
  shows(group: 1 | 2 | 3 | 4): boolean;
  /** How many elements a layer of a group draws now (the first ones), or undefined for all of them. */
  limit(group: 2 | 3, perTask: number): number | undefined;
  /** True until the first drawing is complete: the map says so (aria-busy), and tests wait for it. */
  busy: boolean;
}

/**
 * The map's first drawing, in short tasks rather than one that blocks the page: after the panels around it,
 * one group of layers per frame, then a layer of many elements grows by a chunk per frame. From then on the map
 * draws at once (a new year, a filter, a layer switched back on). Where nothing is laid out (jsdom), at once too.
 */
export function useFirstDrawing(measured: boolean, laidOut: boolean, sizes: { cables: number; links: number; markers: number }): FirstDrawing {
  const [round, setRound] = useState(0);
  const [done, setDone] = useState(false);
  const progressive = laidOut && !done;
  const rounds = Math.max(GROUPS, 1 + Math.ceil(sizes.cables / PER_TASK.cables), 1 + Math.ceil(sizes.links / PER_TASK.links), 2 + Math.ceil(sizes.markers / PER_TASK.markers));
  useEffect(() => {
    if (!progressive) return;
    // One round a frame: the browser recalculates styles and lays out what a round added before the next round
    // adds more (with back-to-back timers, several rounds' elements fell into one style recalculation of
    // 100–400 ms with ten times the data).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const advance = () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      timer = setTimeout(() => (round >= rounds ? setDone(true) : setRound(round + 1)), 0);
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
    limit: (group, perTask) => (progressive ? Math.max(0, round - group + 1) * perTask : undefined),
  };
}
