// @vitest-environment node
import { expect, it } from 'vitest';
import { datasetAssembler, datasetParts } from '../../src/worker/datasetParts';
import { shippedDataset, tinyBackbone } from '../fixtures/loadFixture';
import type { Dataset } from '../../src/data/schema';

it('a dataset sent in parts comes back whole, in order, each part within the size asked (a larger record alone)', () => {
  const dataset = shippedDataset() as Dataset;
  const { parts, rest } = datasetParts(dataset, 50_000);
  expect(parts.length).toBeGreaterThan(10);
  for (const part of parts) expect(part.json.length <= 50_000 || (JSON.parse(part.json) as unknown[]).length === 1).toBe(true);
  const assembler = datasetAssembler();
  parts.forEach(assembler.add);
  expect(assembler.finish(rest)).toEqual(dataset);
});

it('an empty collection sends no part and still comes back as an empty list', () => {
  const dataset = tinyBackbone().dataset;
  const { parts, rest } = datasetParts(dataset);
  expect(parts.map((p) => p.collection)).not.toContain('incidents');
  const assembler = datasetAssembler();
  parts.forEach(assembler.add);
  expect(assembler.finish(rest)).toEqual(dataset);
});
