import type { Cable, Carrier, Dataset, Facility, Incident, Ixp, LandingPoint, Metro, Pop, SatelliteBackup, TerrestrialLink } from './schema';
import { countedFromList } from './popList';

/**
 * A validated dataset with the look-ups every layer needs, built once.
 * Records are the dataset's own objects; nothing is copied.
 */
export interface Backbone {
  dataset: Dataset;
  carriers: ReadonlyMap<string, Carrier>;
  metros: ReadonlyMap<string, Metro>;
  ixps: ReadonlyMap<string, Ixp>;
  landingPoints: ReadonlyMap<string, LandingPoint>;
  cables: ReadonlyMap<string, Cable>;
  terrestrialLinks: ReadonlyMap<string, TerrestrialLink>;
  incidents: ReadonlyMap<string, Incident>;
  satelliteBackups: ReadonlyMap<string, SatelliteBackup>;
  facilities: ReadonlyMap<string, Facility>;
  popsByMetro: ReadonlyMap<string, readonly Pop[]>;
  popsByCarrier: ReadonlyMap<string, readonly Pop[]>;
  ixpsByMetro: ReadonlyMap<string, readonly Ixp[]>;
  /** The exchanges each carrier is a published member of. */
  ixpsByMemberCarrier: ReadonlyMap<string, readonly Ixp[]>;
  facilitiesByMetro: ReadonlyMap<string, readonly Facility[]>;
  landingPointsByMetro: ReadonlyMap<string, readonly LandingPoint[]>;
  /** The landing points where each carrier runs a landing station, as published. */
  landingPointsByStationCarrier: ReadonlyMap<string, readonly LandingPoint[]>;
  cablesByLandingPoint: ReadonlyMap<string, readonly Cable[]>;
  cablesByCarrier: ReadonlyMap<string, readonly Cable[]>;
  linksByCarrier: ReadonlyMap<string, readonly TerrestrialLink[]>;
  /** The year range the year slider offers: 1990 to the last planned RFS. */
  years: { min: number; max: number; asOf: number };
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

function groupBy<T>(records: readonly T[], keys: (r: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    for (const key of keys(r)) {
      const list = groups.get(key);
      if (list) list.push(r);
      else groups.set(key, [r]);
    }
  }
  return groups;
}

export function normalizeDataset(dataset: Dataset): Backbone {
  const asOf = Number(dataset.meta.asOf.slice(0, 4));
  // A loop, not a spread over every cable: a spread of 125,000 arguments overflows the call stack.
  const lastRfs = dataset.cables.reduce((max, c) => Math.max(max, c.rfs), asOf);
  return {
    dataset,
    carriers: byId(dataset.carriers),
    metros: byId(dataset.metros),
    ixps: byId(dataset.ixps),
    landingPoints: byId(dataset.landingPoints),
    cables: byId(dataset.cables),
    terrestrialLinks: byId(dataset.terrestrialLinks),
    incidents: byId(dataset.incidents),
    // A dataset built in code rather than parsed may leave the collection out (the schema defaults it to []).
    satelliteBackups: byId(dataset.satelliteBackups ?? []),
    facilities: byId(dataset.facilities ?? []),
    popsByMetro: groupBy(dataset.pops, (p) => [p.metro]),
    popsByCarrier: groupBy(dataset.pops, (p) => [p.carrier]),
    ixpsByMetro: groupBy(dataset.ixps, (x) => [x.metro]),
    ixpsByMemberCarrier: groupBy(dataset.ixps, (x) => (x.memberCarriers ?? []).map((member) => member.carrier)),
    facilitiesByMetro: groupBy(dataset.facilities ?? [], (f) => [f.metro]),
    landingPointsByMetro: groupBy(dataset.landingPoints, (l) => [l.metro]),
    landingPointsByStationCarrier: groupBy(dataset.landingPoints, (l) => [...new Set((l.stations ?? []).flatMap((s) => (s.carrier !== undefined ? [s.carrier] : [])))]),
    cablesByLandingPoint: groupBy(dataset.cables, (c) => c.landingPoints),
    cablesByCarrier: groupBy(dataset.cables, (c) => c.carriers ?? []),
    linksByCarrier: groupBy(dataset.terrestrialLinks, (l) => l.carriers),
    years: { min: 1990, max: lastRfs, asOf },
  };
}

const asOfYear = new WeakMap<Backbone, Map<number, Backbone>>();

/**
 * The backbone as it stood in `year`: the PoPs, terrestrial links and exchanges that existed then (popSince,
 * linkSince, an IXP's founding year; unknown years count as always there, as on the map). Cables keep all their
 * records: the graph takes each cable's and segment's own years. The same object when nothing is left out.
 */
export function backboneIn(backbone: Backbone, year: number): Backbone {
  let byYear = asOfYear.get(backbone);
  if (!byYear) asOfYear.set(backbone, (byYear = new Map()));
  let then = byYear.get(year);
  if (!then) {
    const d = backbone.dataset;
    const pops = d.pops.filter((p) => isPopPresentIn(backbone, p, year));
    const terrestrialLinks = d.terrestrialLinks.filter((l) => (linkSince(backbone, l) ?? -Infinity) <= year);
    const ixps = d.ixps.filter((x) => isIxpOpenIn(x, year));
    const unchanged = pops.length === d.pops.length && terrestrialLinks.length === d.terrestrialLinks.length && ixps.length === d.ixps.length;
    then = unchanged ? backbone : normalizeDataset({ ...d, pops, terrestrialLinks, ixps });
    byYear.set(year, then);
  }
  return then;
}

/** Whether an exchange was open in a given year: founded by then and not closed (closed exchanges are kept for the years they ran). */
export function isIxpOpenIn(ixp: Ixp, year: number): boolean {
  return ixp.founded <= year && (ixp.closed === undefined || ixp.closed > year);
}

/**
 * Whether a cable carried traffic in a given year (on `day` of it), for the engine. The map draws a cable still
 * planned on the dataset's date once it is due (isCableActiveIn, dashed), but in the dataset's year (`asOf`) and
 * before it carries nothing, whatever RFS it was expected in; the years after, the future the year slider offers,
 * count it from its expected RFS.
 */
export function carriesTrafficIn(cable: Cable, year: number, asOf: number, day?: string): boolean {
  return !(cable.status === 'planned' && year <= asOf) && isCableActiveIn(cable, year, day);
}

/** Whether a cable was part of the network in a given year. */
export function isCableActiveIn(cable: Cable, year: number, day?: string): boolean {
  return cable.rfs <= year && (cable.retired === undefined || cable.retired > year) && inServiceOn(cable.rfsDate, day);
}

/**
 * Whether something first in service on `rfsDate` (YYYY-MM or YYYY-MM-DD) was in service on `day` (YYYY-MM-DD):
 * a month counts from its first day. Without a day (the network of a whole year) or a date, only years count.
 */
function inServiceOn(rfsDate: string | undefined, day: string | undefined): boolean {
  // ISO dates compare as strings; "2024-06" sorts before every day of June 2024 and after every day of May.
  return day === undefined || rfsDate === undefined || rfsDate <= day;
}

/**
 * The cables of `year` that were not, or not wholly, in service on `day` (YYYY-MM-DD, in `year`): those whose
 * `rfsDate`, or a section's, is later that year. An incident replayed on that day leaves them (or those sections) out.
 */
export function notYetInService(backbone: Pick<Backbone, 'dataset'>, year: number, day: string): Cable[] {
  return backbone.dataset.cables.filter(
    (c) => isCableActiveIn(c, year) && (!isCableActiveIn(c, year, day) || c.segments.some((_, i) => isSegmentActiveIn(c, i, year) && !isSegmentActiveIn(c, i, year, day))),
  );
}

/**
 * The first year a PoP is counted: its own opening year where a source gives it, else the year of the published
 * list that names it (a PoP read from today's list is not put in a 2008 replay; a current list's from 2020, see
 * countedFromList), never before its carrier's network began; else the year that network began; undefined when
 * none is known (then it is shown in every year).
 */
export function popSince(backbone: Pick<Backbone, 'carriers'>, pop: Pop): number | undefined {
  if (pop.since !== undefined) return pop.since;
  const network = backbone.carriers.get(pop.carrier)?.networkSince;
  if (pop.listed === undefined) return network;
  return Math.max(countedFromList(pop.listed), network ?? -Infinity);
}

/** Whether a PoP is on the map of `year`: it existed by then, as far as popSince knows (an unknown year counts as always). */
export function isPopPresentIn(backbone: Pick<Backbone, 'carriers'>, pop: Pop, year: number): boolean {
  return (popSince(backbone, pop) ?? -Infinity) <= year;
}

/**
 * The first year a terrestrial link is known to have existed: its own year where a source gives it, else the
 * year the earliest of its carriers' networks began (a corridor cannot be older than every network on it);
 * undefined when a carrier's start is unknown (then it is shown in every year).
 */
export function linkSince(backbone: Pick<Backbone, 'carriers'>, link: TerrestrialLink): number | undefined {
  if (link.since !== undefined) return link.since;
  const starts = (link.carriers ?? []).map((c) => backbone.carriers.get(c)?.networkSince);
  return starts.length && starts.every((y) => y !== undefined) ? (starts as number[]).reduce((a, b) => Math.min(a, b)) : undefined;
}

/** Whether one segment of a cable carried traffic in a given year: its cable was in service, and the segment was finished. */
export function isSegmentActiveIn(cable: Cable, index: number, year: number, day?: string): boolean {
  const segment = cable.segments[index];
  return !!segment && isCableActiveIn(cable, year, day) && (segment.rfs ?? cable.rfs) <= year && inServiceOn(segment.rfsDate, day);
}
