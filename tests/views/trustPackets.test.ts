// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import { DIVERTED, MIN_TRUST_FLOW_SHARE, TO_ORIGIN, trustPacketFlows } from '../../src/views/map/trustPackets';
import { loadTrustBackbone } from '../fixtures/trustBackbone';

const colours = { origin: 'blue', diverted: 'gold' };

describe('trustPacketFlows(view, colours)', () => {
  it('is empty while no hijack or leak is shown', () => {
    expect(trustPacketFlows(null, colours)).toEqual([]);
  });

  it('sends each captured country\'s packets to the attacker in the diverted colour and the others\' to the origin, along the flows\' stops', async () => {
    const engine = createLocalEngineClient(loadTrustBackbone());
    const view = await engine.trustCustom(2025, { kind: 'hijack', victim: 'video-block', by: 'island-telecom', moreSpecific: false }, 'none');
    const flows = trustPacketFlows(view, colours);
    expect(flows).toHaveLength(view.flows.length);
    view.flows.forEach((f, i) => {
      expect(flows[i]).toMatchObject({ id: `${f.diverted ? DIVERTED : TO_ORIGIN}${f.country}`, colour: f.diverted ? 'gold' : 'blue', path: f.path });
      // The smallest countries still send packets: at least the floor share.
      expect(flows[i]!.tbps).toBe(Math.max(f.weight, MIN_TRUST_FLOW_SHARE));
    });
    expect(flows.some((f) => f.colour === 'gold')).toBe(true);

    const validated = trustPacketFlows(await engine.trustCustom(2025, { kind: 'hijack', victim: 'video-block', by: 'island-telecom', moreSpecific: false }, 'all'), colours);
    expect(validated.length).toBeGreaterThan(0);
    expect(validated.every((f) => f.colour === 'blue' && f.id.startsWith(TO_ORIGIN))).toBe(true);
  });
});
