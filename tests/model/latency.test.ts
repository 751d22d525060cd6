// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_LATENCY, FIBRE_KM_PER_MS, edgeLatencyMs, fibreFloorRttMs, propagationMs } from '../../src/model';

describe('latency model', () => {
  it('FIBRE_KM_PER_MS is the speed of light over a refractive index of about 1.468 (≈ 204,190 km/s)', () => {
    expect(FIBRE_KM_PER_MS * 1000).toBeCloseTo(204_190, -1);
  });

  it('propagationMs(204.19 km) is one millisecond', () => {
    expect(propagationMs(FIBRE_KM_PER_MS)).toBeCloseTo(1, 12);
  });

  it('fibreFloorRttMs(New York, London) is about 54.6 ms', () => {
    expect(fibreFloorRttMs([-74.006, 40.7128], [-0.1278, 51.5074])).toBeCloseTo(54.6, 1);
  });

  it('fibreFloorRttMs(a, a) is zero and is symmetric', () => {
    expect(fibreFloorRttMs([10, 10], [10, 10])).toBe(0);
    expect(fibreFloorRttMs([103.8, 1.35], [72.88, 19.08])).toBeCloseTo(fibreFloorRttMs([72.88, 19.08], [103.8, 1.35]), 12);
  });

  it('edgeLatencyMs(kind, km) adds the hop cost of its kind to the propagation time', () => {
    expect(edgeLatencyMs('segment', FIBRE_KM_PER_MS * 10)).toBeCloseTo(10 + DEFAULT_LATENCY.hopMs.segment, 6);
    expect(edgeLatencyMs('interconnect', 0)).toBe(DEFAULT_LATENCY.hopMs.interconnect);
  });
});
