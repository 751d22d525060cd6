import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPart } from '../../scripts/partFormat';

describe('formatPart', () => {
  it('puts each coordinate pair on one line and keeps everything else two-space indented', () => {
    const text = formatPart({ cables: [{ id: 'x', segments: [{ from: 'a', to: 'b', route: [[-1.5, 2], [3, -4.25e-3]] }] }] });
    expect(text).toContain('"route": [\n            [-1.5, 2],\n            [3, -0.00425]\n          ]');
    expect(JSON.parse(text)).toEqual({ cables: [{ id: 'x', segments: [{ from: 'a', to: 'b', route: [[-1.5, 2], [3, -0.00425]] }] }] });
  });

  it('leaves arrays of strings one item per line', () => {
    expect(formatPart({ sources: ['a', 'b'] })).toBe('{\n  "sources": [\n    "a",\n    "b"\n  ]\n}\n');
  });

  // The sea router rewrites these files: a run that routes nothing must change nothing.
  it.each(readdirSync('data/parts').filter((f) => /^(cables-|metros|network|terrestrial)/.test(f)))('data/parts/%s is already in this layout', (file) => {
    const text = readFileSync(`data/parts/${file}`, 'utf8');
    expect(formatPart(JSON.parse(text)) === text).toBe(true);
  });
});
