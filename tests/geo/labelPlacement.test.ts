import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/geo/labelPlacement';
import type { LabelBox } from '../../src/geo/labelPlacement';

const box = (x: number, y: number, width = 10, height = 4): LabelBox => ({ x, y, width, height });

describe('placeLabels', () => {
  it('keeps every label where none overlaps another', () => {
    expect(placeLabels([box(0, 0), box(20, 0), box(0, 10), box(10, 4)])).toEqual([true, true, true, true]);
  });

  it('drops a label that overlaps one before it, whichever side it lies on', () => {
    expect(placeLabels([box(0, 0), box(5, 2), box(-5, -2), box(9, 3.9)])).toEqual([true, false, false, false]);
  });

  it('compares with the labels kept, not with those dropped', () => {
    // The second overlaps the first and is dropped; the third overlaps only the second, so it stays.
    expect(placeLabels([box(0, 0), box(8, 0), box(16, 0)])).toEqual([true, false, true]);
  });

  it('finds overlaps across the cells of its grid, for boxes of different sizes', () => {
    const long = box(0, 0, 100, 4);
    expect(placeLabels([long, box(95, 3), box(150, 3), box(-20, -3, 25, 4)])).toEqual([true, false, true, false]);
  });

  it('keeps the most important of a crowd and as many others as fit', () => {
    // Fifty labels at the same place but one apart: only the first of each run of ten that fit side by side stays.
    const crowd = Array.from({ length: 50 }, (_, i) => box(i, 0));
    const kept = placeLabels(crowd);
    expect(kept.filter(Boolean)).toHaveLength(5);
    expect(kept[0]).toBe(true);
    expect(kept[10]).toBe(true);
    expect(kept[9]).toBe(false);
  });

  it('keeps an empty list empty', () => {
    expect(placeLabels([])).toEqual([]);
  });
});
