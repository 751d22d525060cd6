import type { Backbone } from '../../data/normalize';
import type { ScenarioView } from '../../model/scenario';
import type { PacketFlowInput } from '../../sim/packets';
import { hopArc } from './SatelliteHops';

/**
 * Packets on each satellite hop, from the isolated country to its ground station abroad, drawn along the hop's
 * arc and crossing it in the hop's one-way time (half its RTT): next to packets on fibre they visibly crawl.
 * Packets stand for volume, and a hop carries a sliver (Tonga's 1 Gbit/s would make less than one packet in
 * flight), so a hop sends at the rate of the smallest flow animated, `minTbps`, to be seen at all: the impact
 * panel gives the volume it carries.
 */
export function satellitePacketFlows(scenario: ScenarioView | null, backbone: Backbone | null, minTbps: number, colour: string): PacketFlowInput[] {
  if (!scenario || !backbone) return [];
  return scenario.onSatellite.flatMap((s) => {
    const from = backbone.metros.get(s.from);
    const to = backbone.metros.get(s.gateway);
    if (!from || !to || !(s.rttMs > 0)) return [];
    const carriedTbps = Math.min(s.capacityGbps, s.demandGbps) / 1000;
    return [{ id: `satellite:${s.country}`, path: hopArc([from.lon, from.lat], [to.lon, to.lat]), tbps: Math.max(carriedTbps, minTbps), colour, transitMs: s.rttMs / 2 }];
  });
}
