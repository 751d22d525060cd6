// Draws cable routes at sea, reproducibly: for every segment of the given part
// files that has no route (or every segment, with --all), finds the shortest path
// over Natural Earth's ocean and writes the waypoints back into the file.
// Segments marked `overland` (a land crossing such as Egypt's) are left alone.
//   npx tsx scripts/route-cables.ts [--all] data/parts/FILE.json ...
// Landing points are looked up in every file under data/parts/.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from '../src/data/schema';
import { createLandMask } from '../src/geo/landMask';
import { createSeaRouter } from '../src/geo/seaRouter';
import { formatPart } from './partFormat';

interface Part {
  landingPoints?: { id: string; lon: number; lat: number }[];
  cables?: { id: string; segments: { from: string; to: string; route?: LonLat[]; overland?: boolean }[] }[];
}

const args = process.argv.slice(2);
const all = args.includes('--all');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('usage: npx tsx scripts/route-cables.ts [--all] data/parts/FILE.json ...');
  process.exit(2);
}

const topo = JSON.parse(readFileSync(new URL('../node_modules/world-atlas/land-50m.json', import.meta.url), 'utf8')) as Topology;
const mask = createLandMask(feature(topo, topo.objects.land as GeometryCollection));
const router = createSeaRouter(mask);

const points = new Map<string, LonLat>();
for (const name of readdirSync('data/parts').filter((f) => f.endsWith('.json'))) {
  const part = JSON.parse(readFileSync(`data/parts/${name}`, 'utf8')) as Part;
  for (const lp of part.landingPoints ?? []) if (!points.has(lp.id)) points.set(lp.id, [lp.lon, lp.lat]);
}

for (const file of files) {
  const part = JSON.parse(readFileSync(file, 'utf8')) as Part;
  let routed = 0;
  for (const cable of part.cables ?? []) {
    for (const seg of cable.segments) {
      if (seg.overland || (seg.route && !all)) continue;
      const from = points.get(seg.from);
      const to = points.get(seg.to);
      if (!from || !to) {
        console.warn(`${file}: ${cable.id}: unknown landing point ${from ? seg.to : seg.from}`);
        continue;
      }
      const route = router.route(from, to);
      if (!route) {
        console.warn(`${file}: ${cable.id}: no sea route from ${seg.from} to ${seg.to}`);
        continue;
      }
      seg.route = route;
      routed++;
    }
  }
  writeFileSync(file, formatPart(part));
  console.log(`${file}: routed ${routed} segments`);
}
