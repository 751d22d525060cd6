import type { Dataset } from '../src/data';

/**
 * A synthetic dataset that passes validation, for benchmarks and property
 * tests: metros scattered over the inhabited latitudes, grouped three to a
 * country, each with one or two landing stations; terrestrial links to near
 * neighbours; cables chaining 2–4 landing stations of nearby metros. Seeded, so
 * the same options always give the same dataset.
 */
export interface SyntheticOptions {
  metros: number;
  cables: number;
  links: number;
  seed?: number;
  /** How many metros share a country (default 3): a network ten times larger has bigger countries, not ten times as many. */
  metrosPerCountry?: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const country = (i: number) => `${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`;
const src = ['synthetic benchmark data'];

export function syntheticDataset({ metros: metroCount, cables: cableCount, links: linkCount, seed = 1, metrosPerCountry = 3 }: SyntheticOptions): Dataset {
  const rand = mulberry32(seed);
  const carriers = Array.from({ length: 8 }, (_, i) => ({
    id: `carrier-${i}`,
    name: `Carrier ${i}`,
    asn: 64512 + i,
    tier: 1 as const,
    hq: country(i),
    website: `https://carrier-${i}.example`,
    sources: src,
  }));
  const metros = Array.from({ length: metroCount }, (_, i) => ({
    id: `m-${i}`,
    name: `Metro ${i}`,
    country: country(Math.floor(i / metrosPerCountry)),
    lon: Math.round((rand() * 340 - 170) * 1000) / 1000,
    lat: Math.round((rand() * 115 - 50) * 1000) / 1000,
    sources: src,
  }));
  const landingPoints = metros.flatMap((m, i) =>
    Array.from({ length: 1 + (i % 2) }, (_, k) => ({
      id: `lp-${i}-${k}`,
      name: `Landing ${i}.${k}`,
      country: m.country,
      lon: Math.max(-180, Math.min(180, m.lon + (k ? 0.3 : -0.3))),
      lat: m.lat + (k ? 0.2 : -0.2),
      metro: m.id,
      sources: src,
    })),
  );
  const dist = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) => {
    const dl = Math.abs(a.lon - b.lon);
    return Math.hypot(Math.min(dl, 360 - dl) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180)), a.lat - b.lat);
  };
  const near = new Map<number, number[]>();
  const nearest = (i: number, k: number) => {
    let list = near.get(i);
    if (!list) {
      list = metros
        .map((m, j) => ({ j, d: dist(metros[i]!, m) }))
        .filter((x) => x.j !== i)
        .sort((a, b) => a.d - b.d || a.j - b.j)
        .slice(0, 12)
        .map((x) => x.j);
      near.set(i, list);
    }
    return list.slice(0, k);
  };
  const landingById = new Map(landingPoints.map((l) => [l.id, l]));

  const links: Dataset['terrestrialLinks'] = [];
  const joined = new Set<string>();
  for (let round = 1; links.length < linkCount && round < 10; round++) {
    for (let i = 0; i < metroCount && links.length < linkCount; i++) {
      const j = nearest(i, round)[round - 1];
      if (j === undefined) continue;
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (joined.has(key)) continue;
      joined.add(key);
      links.push({ id: `link-${key}`, carriers: [`carrier-${(i + j) % 8}`], from: `m-${Math.min(i, j)}`, to: `m-${Math.max(i, j)}`, sources: src });
    }
  }

  const cables: Dataset['cables'] = [];
  for (let c = 0; c < cableCount; c++) {
    const stops = 2 + Math.floor(rand() * 3);
    const path = [Math.floor(rand() * metroCount)];
    while (path.length < stops) {
      const options = nearest(path[path.length - 1]!, 12).filter((j) => !path.includes(j));
      if (!options.length) break;
      path.push(options[Math.floor(rand() * options.length)]!);
    }
    const lps = path.map((m) => `lp-${m}-${Math.floor(rand() * (1 + (m % 2)))}`);
    const at = (id: string) => landingById.get(id)!;
    const rfs = 2000 + Math.floor(rand() * 25);
    cables.push({
      id: `cable-${c}`,
      name: `Cable ${c}`,
      status: 'in-service',
      rfs,
      owners: ['Synthetic consortium'],
      carriers: [`carrier-${c % 8}`],
      landingPoints: lps,
      segments: lps.slice(1).map((to, k) => ({ from: lps[k]!, to, route: [[at(lps[k]!).lon, at(lps[k]!).lat] as [number, number], [at(to).lon, at(to).lat] as [number, number]] })),
      sources: src,
    });
  }
  const pops = metros.flatMap((m, i) => Array.from({ length: 1 + (i % 3) }, (_, k) => ({ id: `pop-${i}-${k}`, carrier: `carrier-${(i + k) % 8}`, metro: m.id, sources: src })));
  const ixps = metros
    .filter((_, i) => i % 4 === 0)
    .map((m, i) => ({ id: `ix-${i}`, name: `IX ${i}`, metro: m.id, lat: m.lat, lon: m.lon, founded: 2000, peakTraffic: { tbps: Math.round(rand() * 100) / 10, asOf: '2024' }, sources: src }));
  return {
    meta: { version: `synthetic-${seed}`, asOf: '2025-01-01', licence: 'CC0-1.0', attribution: 'synthetic' },
    incidents: [],
    relationships: [],
    satelliteBackups: [],
    facilities: [],
    prefixes: [],
    routingEvents: [],
    carriers,
    metros,
    pops,
    ixps,
    landingPoints,
    cables,
    terrestrialLinks: links,
  };
}
