// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseBackbone } from '../../src/data/load';
import { metroLabel } from '../../src/views/entityInfo';

it('a city whose name another city shares is told apart by its country; the others keep their bare name', () => {
  const parsed = parseBackbone(JSON.parse(readFileSync('data/backbone.json', 'utf8')));
  if (!parsed.ok) throw new Error('data/backbone.json is invalid');
  const backbone = parsed.backbone;
  const labels = backbone.dataset.metros.map((m) => metroLabel(backbone, m.id));
  expect(new Set(labels).size).toBe(labels.length);
  expect(metroLabel(backbone, 'kingston')).toBe('Kingston, Jamaica');
  expect(metroLabel(backbone, 'london')).toBe('London');
  expect(metroLabel(backbone, 'kingston-nf', 'de')).toMatch(/^Kingston, /);
});
