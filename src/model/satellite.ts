import type { SatelliteBackup, SatelliteKind } from '../data/schema';
import { EARTH_RADIUS_KM } from '../sphere';
import type { Baseline } from './baseline';
import type { CountryCode } from './ids';

/** The speed of light in vacuum, km per ms: the satellite hop is radio through space, not fibre. */
const LIGHT_KM_PER_MS = 299_792.458 / 1000;

/** Orbit altitudes, km: the geostationary orbit; O3b's medium earth orbit; Starlink's first shells. */
const SATELLITE_ALTITUDE_KM: Readonly<Record<SatelliteKind, number>> = { geo: 35_786, meo: 8_062, leo: 550 };

/**
 * Geostationary ground segment, ms of RTT: modems, framing and the access scheme's scheduling at both
 * ends. Stated, not measured: with slant ranges of about 38,000 km it brings a link to the ~600 ms
 * published as the typical geostationary RTT (docs/MODEL.md, "Satellite backup").
 */
const GEO_GROUND_SEGMENT_MS = 80;

/**
 * Published typical RTTs of the non-geostationary systems, ms: O3b's stated end-to-end RTT for data
 * (140 ms), and the top of Starlink's published 25–60 ms (a backup for a remote island lands at a
 * distant gateway, not at one a few hundred km away as in the median figures).
 */
const PUBLISHED_RTT_MS: Readonly<Record<Exclude<SatelliteKind, 'geo'>, number>> = { meo: 140, leo: 60 };

/** What an isolated country still has: its satellite backup, and how much of its demand that carries. */
export interface SatelliteFallback {
  country: CountryCode;
  /** The orbit of the main path (the one with the most capacity). */
  kind: SatelliteKind;
  /** Every operator of the country's paths that year. */
  operators: readonly string[];
  /** Metro id of the main path's ground station abroad, where the traffic joins the fibre. */
  gateway: string;
  /** Metro id the hop is drawn from: the country's metro (its first in the dataset). */
  from: string;
  /** Summed capacity of the country's paths that year, Gbit/s per direction. */
  capacityGbps: number;
  /** RTT of the main path's hop between the country and its gateway, ms. */
  rttMs: number;
  /** The country's international demand, Gbit/s per direction. */
  demandGbps: number;
  /** Share of that demand the satellite capacity can carry, per cent (at most 100). */
  shareOfDemandPct: number;
  /** The records used, by id. */
  records: readonly string[];
}

type Point = { lat: number; lon: number };

/** Distance from a ground point to a geostationary satellite on the equator at `satLon`, km. */
function slantRangeKm(p: Point, satLon: number, altitudeKm: number): number {
  const r = EARTH_RADIUS_KM + altitudeKm;
  const cosAngle = Math.cos((p.lat * Math.PI) / 180) * Math.cos(((p.lon - satLon) * Math.PI) / 180);
  return Math.sqrt(EARTH_RADIUS_KM ** 2 + r ** 2 - 2 * EARTH_RADIUS_KM * r * cosAngle);
}

/** Longitude halfway between two, the short way round (across the antimeridian where that is shorter). */
function midLongitude(a: number, b: number): number {
  const delta = ((((b - a) % 360) + 540) % 360) - 180;
  const mid = a + delta / 2;
  return ((((mid + 180) % 360) + 360) % 360) - 180;
}

/**
 * RTT of a satellite hop between a country and its gateway, ms. Geostationary: up and down on each
 * way, at the speed of light over the slant ranges to a satellite placed at the longitude halfway
 * between the two ends (the most favourable slot; the data does not name the satellite's), plus
 * the ground segment; never below 4 × 35,786 km / c ≈ 477 ms. MEO and LEO: their published typical figures.
 */
export function satelliteRttMs(kind: SatelliteKind, from: Point, gateway: Point): number {
  if (kind !== 'geo') return PUBLISHED_RTT_MS[kind];
  const h = SATELLITE_ALTITUDE_KM.geo;
  const satLon = midLongitude(from.lon, gateway.lon);
  const oneWayKm = slantRangeKm(from, satLon, h) + slantRangeKm(gateway, satLon, h);
  return (2 * oneWayKm) / LIGHT_KM_PER_MS + GEO_GROUND_SEGMENT_MS;
}

/** The satellite paths a country has in a year: begun by then, not yet ended. */
function satelliteBackupsIn(records: readonly SatelliteBackup[] | undefined, country: CountryCode, year: number): SatelliteBackup[] {
  return (records ?? []).filter((s) => s.country === country && s.since <= year && (s.until === undefined || s.until > year));
}

/**
 * What each isolated country falls back to (docs/MODEL.md, "Satellite backup"): its satellite paths in
 * the baseline's year, their capacity summed, the main one's (the most capacity) orbit, gateway and
 * RTT, and the share of the country's demand they carry. A country with no path that year is left out:
 * it stays isolated with nothing added. The satellite serves only that country's own traffic to the
 * rest of the world: it restores no fibre capacity and changes no other result of the cut.
 */
export function satelliteFallbacks(baseline: Baseline, isolated: readonly CountryCode[]): SatelliteFallback[] {
  const { graph } = baseline;
  const { backbone, year } = graph;
  const out: SatelliteFallback[] = [];
  for (const country of isolated) {
    const paths = satelliteBackupsIn(backbone.dataset.satelliteBackups, country, year);
    const fromMetro = backbone.dataset.metros.find((m) => m.country === country);
    if (!paths.length || !fromMetro) continue;
    const withRtt = paths.map((record) => {
      const gateway = backbone.metros.get(record.gateway);
      return { record, rttMs: gateway ? satelliteRttMs(record.kind, fromMetro, gateway) : Number.NaN };
    }).filter((p) => Number.isFinite(p.rttMs));
    if (!withRtt.length) continue;
    withRtt.sort((a, b) => b.record.capacityGbps - a.record.capacityGbps || a.rttMs - b.rttMs || (a.record.id < b.record.id ? -1 : 1));
    const main = withRtt[0]!;
    const capacityGbps = withRtt.reduce((sum, p) => sum + p.record.capacityGbps, 0);
    const demandGbps = (baseline.countries.get(country)?.demandTbps ?? 0) * 1000;
    out.push({
      country,
      kind: main.record.kind,
      operators: [...new Set(withRtt.flatMap((p) => p.record.operators))],
      gateway: main.record.gateway,
      from: fromMetro.id,
      capacityGbps,
      rttMs: main.rttMs,
      demandGbps,
      shareOfDemandPct: demandGbps > 0 ? Math.min(100, (100 * capacityGbps) / demandGbps) : 100,
      records: withRtt.map((p) => p.record.id),
    });
  }
  return out;
}
