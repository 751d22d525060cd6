// @vitest-environment node
import { expect, it } from 'vitest';
import type { Cable } from '../../src/data/schema';
import { statusIn } from '../../src/views/map/CableLayer';

it('a cable is drawn with its status in the year shown: in service before it was retired, retired after', () => {
  const tat8 = { status: 'retired', rfs: 1988, retired: 2002 } as Cable;
  expect(statusIn(tat8, 1995)).toBe('in-service');
  expect(statusIn(tat8, 2002)).toBe('retired');
  const planned = { status: 'planned', rfs: 2027 } as Cable;
  expect(statusIn(planned, 2026)).toBe('planned');
  expect(statusIn({ status: 'in-service', rfs: 2017 } as Cable, 2020)).toBe('in-service');
});
