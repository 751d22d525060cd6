import type { Backbone } from '../data/normalize';
import { ModelInputError } from './ids';
import { clampYear, replayRoutingEvent, trustModelFor } from './routingReplays';
import type { Attack } from './routingTrust';
import type { TrustFlowView } from './trustFlows';
import { trustAskKey } from './trustAsk';
import type { TrustAsk } from './trustAsk';

export type { TrustAsk };
import type { NetworkRef, TrustModel, TrustReport } from './trustScenario';
import { parseRov, rovName } from './trustScenario';

/** One replayed BGP incident as the explorer shows it: the event, what was reported, and what the model says. */
export interface TrustReplayView {
  source: 'replay';
  /** What the answer is for: the event's id. */
  key: string;
  id: string;
  name: string;
  date: string;
  kind: 'hijack' | 'leak';
  reported: string;
  sources: string[];
  notes: string | null;
  /** The network year it ran on. */
  year: number;
  /** The ROV setting of the event's time, and the one this run used. */
  rovThen: string;
  report: TrustReport;
  reportedCountries: string[];
  countriesMatched: string[];
  networksMatched: string[];
  networksMissed: string[];
  /** Each country's traffic for the block after the event, placed on the map. */
  flows: TrustFlowView[];
}

/** The reader's own hijack or leak, simulated on the network of a year: a simulation with no report to compare with. */
export interface TrustCustomView {
  source: 'custom';
  key: string;
  ask: TrustAsk;
  year: number;
  report: TrustReport;
  flows: TrustFlowView[];
}

export type TrustView = TrustReplayView | TrustCustomView;

/** What the reader can choose from in a year: the networks that route, and for each, what a leak can pass routes between. */
export interface TrustChoices {
  year: number;
  /** Carriers with at least one neighbour in the AS graph, by name. */
  networks: NetworkRef[];
  /** Each of those carriers' providers and peers, by id: a leak passes a route from one to another. */
  leakNeighbours: Record<string, (NetworkRef & { relation: 'provider' | 'peer' })[]>;
}

/** Replays the dataset's routing events on demand, one AS graph per year, built when first asked for. */
export function createTrustEngine(backbone: Backbone) {
  const models = new Map<number, TrustModel>();
  return {
    custom(year: number, ask: TrustAsk, rov: string | null): TrustCustomView {
      const shown = clampYear(backbone, year);
      const model = trustModelFor(backbone, models, shown);
      const record = backbone.dataset.prefixes?.find((p) => p.id === ask.victim);
      if (!record && !backbone.carriers.has(ask.victim)) throw new ModelInputError(`victim "${ask.victim}": no recorded address block or network has that id`);
      const { block } = model.block(record ? record.prefix : ask.victim, false);
      const by = model.network(ask.by, ask.kind === 'hijack' ? 'attacker' : 'leaker');
      const attack: Attack =
        ask.kind === 'hijack'
          ? { kind: 'hijack', by, moreSpecific: ask.moreSpecific }
          : { kind: 'leak', by, from: model.network(ask.from, 'learned from'), to: model.network(ask.to, 'passed to'), moreSpecific: false };
      const setting = parseRov(rov ?? 'none');
      const { report, flows } = model.explain(block, attack, setting, rovName(setting));
      return { source: 'custom', key: trustAskKey(ask), ask, year: shown, report, flows };
    },

    choices(year: number): TrustChoices {
      const shown = clampYear(backbone, year);
      const { trust } = trustModelFor(backbone, models, shown);
      const ref = (i: number): NetworkRef => ({ id: trust.networks[i]!.id, asn: trust.networks[i]!.asn, name: trust.networks[i]!.name });
      const routing = trust.networks.flatMap((n, i) => (n.kind === 'carrier' && trust.adjacency[i]!.length > 0 ? [i] : []));
      const leakNeighbours: TrustChoices['leakNeighbours'] = {};
      for (const i of routing) {
        leakNeighbours[trust.networks[i]!.id] = trust.adjacency[i]!.flatMap((a) => (a.relation === 'customer' ? [] : [{ ...ref(a.network), relation: a.relation }]));
      }
      return { year: shown, networks: routing.map(ref).sort((a, b) => a.name.localeCompare(b.name, 'en')), leakNeighbours };
    },

    replay(eventId: string, rov: string | null): TrustReplayView {
      const event = backbone.dataset.routingEvents?.find((e) => e.id === eventId);
      if (!event) throw new ModelInputError(`no routing event "${eventId}"`);
      const r = replayRoutingEvent(backbone, event, models, rov === null ? undefined : parseRov(rov));
      return {
        source: 'replay',
        key: event.id,
        id: event.id,
        name: event.name,
        date: event.date,
        kind: event.kind,
        reported: event.reported,
        sources: [...event.sources],
        notes: event.notes ?? null,
        year: r.year,
        rovThen: event.rov,
        report: r.report,
        reportedCountries: [...event.reportedCountries],
        countriesMatched: r.countriesMatched,
        networksMatched: r.networksMatched,
        networksMissed: r.networksMissed,
        flows: r.flows,
      };
    },
  };
}
