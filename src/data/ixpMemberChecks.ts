import { greatCircleKm } from '../sphere';
import type { Dataset } from './schema';
import type { PathPart } from './problems';

interface MemberProblem {
  path: PathPart[];
  message: string;
}

/**
 * How far from an exchange's site a member's nearest PoP may lie. A port on an exchange needs a router
 * in one of its data centres, and a carrier's PoP here stands for its presence in a metro; a metro next door
 * (Ashburn for Washington, Kawasaki's exchanges from Tokyo) still counts. Further out, the membership would be
 * remote peering through a reseller, which this dataset does not record: the member or the PoP is wrong.
 */
const IXP_MEMBER_POP_TOLERANCE_KM = 150;

/**
 * Checks each exchange's member carriers: the carrier exists, is listed once, has a PoP in or near the
 * exchange's metro, and did not join before the exchange was founded.
 */
export function checkIxpMembers(d: Dataset): MemberProblem[] {
  const problems: MemberProblem[] = [];
  const carriers = new Set(d.carriers.map((c) => c.id));
  const metros = new Map(d.metros.map((m) => [m.id, m]));
  const popMetros = new Map<string, string[]>();
  for (const pop of d.pops) popMetros.set(pop.carrier, [...(popMetros.get(pop.carrier) ?? []), pop.metro]);

  d.ixps.forEach((ixp, i) => {
    const seen = new Set<string>();
    (ixp.memberCarriers ?? []).forEach((member, j) => {
      const at: PathPart[] = ['ixps', i, 'memberCarriers', j];
      if (!carriers.has(member.carrier)) return problems.push({ path: [...at, 'carrier'], message: `unknown carrier "${member.carrier}"` });
      if (seen.has(member.carrier)) problems.push({ path: [...at, 'carrier'], message: `carrier "${member.carrier}" is listed twice` });
      seen.add(member.carrier);
      if (member.since !== undefined && member.since < ixp.founded) {
        problems.push({ path: [...at, 'since'], message: `joined in ${member.since}, before the exchange was founded (${ixp.founded})` });
      }
      const nearest = nearestPopKm(popMetros.get(member.carrier) ?? [], metros, [ixp.lon, ixp.lat]);
      if (nearest === undefined) problems.push({ path: [...at, 'carrier'], message: `member carrier "${member.carrier}" has no PoP; a member needs one in or near "${ixp.metro}"` });
      else if (nearest > IXP_MEMBER_POP_TOLERANCE_KM) {
        problems.push({ path: [...at, 'carrier'], message: `member carrier "${member.carrier}" has no PoP in or near "${ixp.metro}" (nearest ${Math.round(nearest)} km away; at most ${IXP_MEMBER_POP_TOLERANCE_KM} km)` });
      }
    });
  });
  return problems;
}

function nearestPopKm(popMetroIds: readonly string[], metros: ReadonlyMap<string, { lat: number; lon: number }>, site: [number, number]): number | undefined {
  let nearest: number | undefined;
  for (const id of popMetroIds) {
    const metro = metros.get(id);
    if (!metro) continue;
    const km = greatCircleKm(site, [metro.lon, metro.lat]);
    if (nearest === undefined || km < nearest) nearest = km;
  }
  return nearest;
}
