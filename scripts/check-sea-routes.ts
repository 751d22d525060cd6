// Reports cable segments whose path (route, else the great circle between the
// landing points) runs over land. Usage: tsx scripts/check-sea-routes.ts FILE...
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { measureLandCrossing } from '../src/geo/landCrossing';
import { createLandMask } from '../src/geo/landMask';
import type { LonLat } from '../src/data/schema';

const topo = JSON.parse(readFileSync(new URL('../node_modules/world-atlas/land-50m.json', import.meta.url), 'utf8')) as Topology;
const land = createLandMask(feature(topo, topo.objects.land as GeometryCollection));

const points = new Map<string, LonLat>();
const files = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')));
for (const d of files) for (const lp of d.landingPoints ?? []) points.set(lp.id, [lp.lon, lp.lat]);
let bad = 0;
for (const d of files) {
  for (const cable of d.cables ?? []) {
    cable.segments.forEach((seg: { from: string; to: string; route?: LonLat[]; overland?: boolean }, i: number) => {
      if (seg.overland) return;
      const a = points.get(seg.from);
      const b = points.get(seg.to);
      if (!a || !b) return console.log(`${cable.id} segment ${i}: unknown landing point ${a ? seg.to : seg.from}`);
      const route = seg.route ?? [a, b];
      const { landKm, firstOnLand } = measureLandCrossing(route, land.isLand);
      if (landKm > 15) {
        bad++;
        console.log(`${cable.id} segment ${i} ${seg.from} -> ${seg.to}: ${Math.round(landKm)} km over land, first at ${JSON.stringify(firstOnLand)}`);
      }
    });
  }
}
console.log(bad ? `${bad} segments cross land` : 'all segments stay at sea');
