import type { Problem } from '../data/validate';
import type { CollectionName, Dataset } from '../data/schema';
import type { CutSet } from '../model/cuts';
import type { CriticalCableView, RouteView, ScenarioView } from '../model/scenario';
import type { TrustAsk, TrustChoices, TrustCustomView, TrustReplayView } from '../model/trustEngine';

/** Messages between the explorer and its engine worker; every request carries an id its answer repeats. */
export type EngineRequest =
  | { id: number; type: 'init'; dataset: Dataset }
  /** Fetch, validate and normalise the dataset at `url` (absolute) in the worker, and keep its engine. */
  /** `digest`: the SHA-256 the build gave its own first map at `url`, whose bytes then need no second validation. */
  | { id: number; type: 'load'; url: string; digest?: string }
  /** `day`: the network as it stood that day of `year` (an incident replayed), not the whole year's. */
  | { id: number; type: 'evaluate'; year: number; cut: CutSet; day?: string }
  | { id: number; type: 'route'; year: number; from: string; to: string; cut: CutSet; day?: string }
  | { id: number; type: 'critical'; year: number; count: number }
  /** A routing event replayed, with `rov` (none, tier1, all, a share) or, null, the setting of its time. */
  | { id: number; type: 'trust'; event: string; rov: string | null }
  /** The reader's own hijack or leak on the network of `year`, with `rov` (null: none). */
  | { id: number; type: 'trustCustom'; year: number; ask: TrustAsk; rov: string | null }
  /** The networks a reader can pick as victim, attacker or leak neighbours in `year`. */
  | { id: number; type: 'trustChoices'; year: number };

/**
 * Gives up the request `target` (a newer question of its kind replaced it): if it has not begun, or while it works
 * out a year's baseline, it stops and answers `superseded`; otherwise it answers as usual.
 */
export interface EngineCancel {
  type: 'cancel';
  target: number;
}

/**
 * The reader is moving the year: the page is busy drawing, so work nobody asked for (the years worked out ahead)
 * stops at its next pause and waits for quiet again. On a machine of two cores it would slow that drawing down.
 */
export interface EngineHold {
  type: 'hold';
}

/** Whether a question failed only because a newer one of its kind replaced it: nothing to tell the reader. */
export function isSuperseded(error: unknown): boolean {
  return error instanceof Error && error.name === 'SupersededError';
}

/** Records of one collection as JSON text: a loaded dataset comes back in parts, each parsed in a task of its own. */
export interface DatasetPart {
  collection: CollectionName;
  json: string;
}

/** What a load answers once every part is sent: the dataset's other fields (and, for a first map, where its details are), or why it was refused. */
export type LoadAnswer = { ok: true; rest: Omit<Dataset, CollectionName>; detailsUrl?: string } | { ok: false; problems: Problem[] };

export type EngineResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string; superseded?: true }
  /** One part of the dataset a load sends before its answer. */
  | { id: number; part: DatasetPart };

/** The engine as the store sees it: every call is asynchronous, wherever it runs. */
export interface EngineClient {
  evaluate(year: number, cut: CutSet, day?: string): Promise<ScenarioView>;
  route(year: number, from: string, to: string, cut: CutSet, day?: string): Promise<RouteView>;
  critical(year: number, count: number): Promise<CriticalCableView[]>;
  trust(event: string, rov: string | null): Promise<TrustReplayView>;
  trustCustom(year: number, ask: TrustAsk, rov: string | null): Promise<TrustCustomView>;
  trustChoices(year: number): Promise<TrustChoices>;
  /** Tells the engine the reader is moving the year (EngineHold); nothing to answer. */
  hold(): void;
  dispose(): void;
}

/** A request without its id, kind by kind. */
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
/** A question to the engine, as the protocol asks it (without the id it travels with). */
export type EngineQuestion = WithoutId<Exclude<EngineRequest, { type: 'init' | 'load' }>>;
