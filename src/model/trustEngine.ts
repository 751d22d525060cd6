import type { Backbone } from '../data/normalize';
import { ModelInputError } from './ids';
import { replayRoutingEvent } from './routingReplays';
import type { TrustModel, TrustReport } from './trustScenario';
import { parseRov } from './trustScenario';

/** One replayed BGP incident as the explorer shows it: the event, what was reported, and what the model says. */
export interface TrustReplayView {
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
}

/** Replays the dataset's routing events on demand, one AS graph per year, built when first asked for. */
export function createTrustEngine(backbone: Backbone) {
  const models = new Map<number, TrustModel>();
  return {
    replay(eventId: string, rov: string | null): TrustReplayView {
      const event = backbone.dataset.routingEvents?.find((e) => e.id === eventId);
      if (!event) throw new ModelInputError(`no routing event "${eventId}"`);
      const r = replayRoutingEvent(backbone, event, models, rov === null ? undefined : parseRov(rov));
      return {
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
      };
    },
  };
}
