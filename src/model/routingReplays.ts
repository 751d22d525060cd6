import type { Backbone, RoutingEvent } from '../data';
import { buildGraph } from './graph';
import { ModelInputError } from './ids';
import { buildNetworks } from './networks';
import { parsePrefix } from './prefix';
import type { Attack, Block, RovSetting } from './routingTrust';
import { TrustModel, rovName } from './trustScenario';
import type { TrustReport } from './trustScenario';
import type { TrustFlowView } from './trustFlows';

/**
 * The dataset's BGP incidents replayed on the AS graph of their year (docs/MODEL.md, "Routing
 * trust"): what the model says the bad route took, beside what was reported.
 */
export interface RoutingReplay {
  event: RoutingEvent;
  /** The network year the replay ran on (the event's year, within the years the dataset covers). */
  year: number;
  report: TrustReport;
  /** Each country's traffic for the block after the event, placed on the map. */
  flows: TrustFlowView[];
  /** Reported countries the simulation also captured, and those it did not. */
  countriesMatched: string[];
  countriesMissed: string[];
  /** Reported networks the simulation also has taking the bad route (or making it), and those it has not. */
  networksMatched: string[];
  networksMissed: string[];
}

/** A year within the years the dataset covers. */
export function clampYear(backbone: Backbone, year: number): number {
  const { min, max } = backbone.years;
  return Math.min(max, Math.max(min, Math.round(year)));
}

/** The routing-trust model of a year, built when first asked for and kept in `models`. */
export function trustModelFor(backbone: Backbone, models: Map<number, TrustModel>, year: number): TrustModel {
  let model = models.get(year);
  if (!model) {
    const graph = buildGraph(backbone, { year });
    models.set(year, (model = new TrustModel(graph, buildNetworks(graph))));
  }
  return model;
}

/** `rov` replaces the event's own setting (what the explorer's slider asks: the same event with more or less validation). */
export function replayRoutingEvent(backbone: Backbone, event: RoutingEvent, models = new Map<number, TrustModel>(), rovOverride?: RovSetting): RoutingReplay {
  const year = clampYear(backbone, Number(event.date.slice(0, 4)));
  const model = trustModelFor(backbone, models, year);
  const prefix = event.prefix !== undefined ? backbone.dataset.prefixes.find((p) => p.id === event.prefix)?.prefix : undefined;
  if (prefix === undefined && event.origin === undefined) throw new ModelInputError(`routing event ${event.id}: names no block or origin`);
  // An event that names only its victim network took blocks the dataset does not record: not the victim's recorded ones.
  const block: Block = prefix !== undefined ? model.block(prefix, false).block : { origin: model.network(event.origin!, `routing event ${event.id}: origin`) };
  const announced = event.announced !== undefined ? parsePrefix(event.announced) : undefined;
  const by = model.network(event.by, `routing event ${event.id}: by`);
  const moreSpecific = announced !== undefined;
  const attack: Attack =
    event.kind === 'hijack'
      ? { kind: 'hijack', by, moreSpecific, announced, only: event.announcedTo?.map((id) => model.network(id, `routing event ${event.id}: announcedTo`)) }
      : { kind: 'leak', by, from: model.network(event.from ?? '', `routing event ${event.id}: from`), to: model.network(event.to ?? '', `routing event ${event.id}: to`), moreSpecific, announced };
  const rov: RovSetting = rovOverride ?? { kind: event.rov };
  const { report, flows } = model.explain(block, attack, rov, rovName(rov));
  const countries = new Set(report.captured.countries);
  // The network that made the bad route counts as taking it.
  const networks = new Set([report.by.id, ...report.captured.networks.map((n) => n.id)]);
  return {
    event,
    year,
    report,
    flows,
    countriesMatched: event.reportedCountries.filter((c) => countries.has(c)),
    countriesMissed: event.reportedCountries.filter((c) => !countries.has(c)),
    networksMatched: event.reportedNetworks.filter((n) => networks.has(n)),
    networksMissed: event.reportedNetworks.filter((n) => !networks.has(n)),
  };
}

export function replayRoutingEvents(backbone: Backbone): RoutingReplay[] {
  const models = new Map<number, TrustModel>();
  return backbone.dataset.prefixes && backbone.dataset.routingEvents ? backbone.dataset.routingEvents.map((e) => replayRoutingEvent(backbone, e, models)) : [];
}
