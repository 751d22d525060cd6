import { array, minLength, optional, strictObject } from 'zod/mini';
import { countrySchema, describe, idSchema, latSchema, lonSchema, provenance, text } from './schemaPrimitives';
import type { PathPart } from './problems';

/** A cable landing station at a landing point and who runs it, as a published source says. */
const landingStationSchema = strictObject({
  operator: describe(
    text(),
    'The company that runs the station, as the source names it (for a consortium cable, the landing party, where the source says it hosts the landing there).',
  ),
  carrier: describe(optional(idSchema), 'The carrier of this dataset that the operator is, or is part of.'),
  station: describe(optional(text()), "The station's name, where the source gives one."),
  cables: describe(optional(array(idSchema)), 'The cables that end in this station, where the source says; each lands at this landing point (validate-data checks it).'),
  ...provenance,
});

/** A place where submarine cables come ashore, and who runs its landing stations where published. */
export const landingPointSchema = strictObject({
  id: idSchema,
  name: text(),
  country: countrySchema,
  lat: latSchema,
  lon: lonSchema,
  metro: describe(idSchema, 'The metro this landing station backhauls to.'),
  stations: describe(optional(array(landingStationSchema).check(minLength(1))), 'The landing stations here and who runs them, where published; absent where no source was found.'),
  ...provenance,
});

interface StationProblem {
  path: PathPart[];
  message: string;
}

/** What the checks read of a dataset: only the references a station makes. */
interface StationRefs {
  carriers: readonly { id: string }[];
  cables: readonly { id: string; landingPoints: readonly string[] }[];
  landingPoints: readonly {
    id: string;
    stations?: readonly { operator: string; carrier?: string | undefined; station?: string | undefined; cables?: readonly string[] | undefined }[] | undefined;
  }[];
}

/**
 * Checks each landing point's stations: the carrier exists, each cable named exists and lands at this landing
 * point, and no station is listed twice. A cable may be named under two entries: the company whose building it
 * ends in and the landing party that operates its landing there (Equinix's Genoa data centre and Vodafone for 2Africa).
 */
export function checkLandingStations(d: StationRefs): StationProblem[] {
  const problems: StationProblem[] = [];
  const carriers = new Set(d.carriers.map((c) => c.id));
  const cables = new Map(d.cables.map((c) => [c.id, c]));
  d.landingPoints.forEach((lp, i) => {
    const seen = new Set<string>();
    (lp.stations ?? []).forEach((station, j) => {
      const at: PathPart[] = ['landingPoints', i, 'stations', j];
      if (station.carrier !== undefined && !carriers.has(station.carrier)) problems.push({ path: [...at, 'carrier'], message: `unknown carrier "${station.carrier}"` });
      const key = `${station.operator}\u0000${station.station ?? ''}`;
      if (seen.has(key)) problems.push({ path: [...at, 'operator'], message: `station "${station.station ?? station.operator}" is listed twice` });
      seen.add(key);
      (station.cables ?? []).forEach((id, k) => {
        const cable = cables.get(id);
        if (!cable) return problems.push({ path: [...at, 'cables', k], message: `unknown cable "${id}"` });
        if (!cable.landingPoints.includes(lp.id)) problems.push({ path: [...at, 'cables', k], message: `cable "${id}" does not land at "${lp.id}"` });
      });
    });
  });
  return problems;
}
