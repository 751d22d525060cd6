// @vitest-environment node
import { expect, it } from 'vitest';
import { parseBackbone } from '../../src/data/load';
import { tinyDataset } from '../fixtures/loadFixture';

it('a valid dataset of 130,000 cables loads (no spread or recursion over a whole collection)', () => {
  const dataset = tinyDataset();
  const template = dataset.cables[0]!;
  dataset.cables = Array.from({ length: 130_000 }, (_, i) => ({ ...template, id: `generated-${i}`, name: `Generated ${i}` }));
  const result = parseBackbone(dataset);
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.backbone.cables.size).toBe(130_000);
}, 120_000);
