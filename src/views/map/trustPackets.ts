import type { TrustView } from '../../model/trustEngine';
import type { PacketFlowInput } from '../../sim/packets';

/**
 * Packets stand for volume, and the smallest countries' share would make less than one packet in
 * flight: each country sends at least this share of the world's weight, so that every diverted
 * country is seen (the panel gives the share of demand taken).
 */
export const MIN_TRUST_FLOW_SHARE = 0.002;

/** Flow ids say where a country's packets go: `diverted:CC` or `to-origin:CC`. */
export const DIVERTED = 'diverted:';
export const TO_ORIGIN = 'to-origin:';

/**
 * While a hijack or leak is shown, the packets are each country's traffic for the block: those of a
 * captured country run to the attacker's network (or through the leaker) in `diverted`, the others
 * to the origin in `origin`, along the stops of their AS paths (model/trustFlows.ts).
 */
export function trustPacketFlows(view: TrustView | null, colours: { origin: string; diverted: string }): PacketFlowInput[] {
  return (view?.flows ?? []).map((f) => ({
    id: `${f.diverted ? DIVERTED : TO_ORIGIN}${f.country}`,
    path: f.path,
    tbps: Math.max(f.weight, MIN_TRUST_FLOW_SHARE),
    colour: f.diverted ? colours.diverted : colours.origin,
  }));
}
