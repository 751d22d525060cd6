import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBackbone } from '../../src/data';
import type { Backbone, Dataset } from '../../src/data';

export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/engine-tiny.json', import.meta.url));

export function fixtureJson(): Dataset {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Dataset;
}

export function loadBackbone(json: unknown = fixtureJson()): Backbone {
  const result = parseBackbone(json);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.backbone;
}

/** Haversine distance in km, written out independently of the engine. */
export function haversineKm([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

export function polylineKm(points: readonly (readonly [number, number])[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += haversineKm(points[i - 1]!, points[i]!);
  return km;
}
