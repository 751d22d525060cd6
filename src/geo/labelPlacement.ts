/** A label that may go on the map: its box in the map's coordinates, from its top-left corner. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Which labels to draw so that none covers another: the labels come in order of importance, and each is kept
 * when its box overlaps none kept before it (the greedy placement that map renderers use). Returns, by index,
 * whether each is kept. Boxes are bucketed in a grid of cells as large as the largest box, so a box is tested
 * only against the kept ones in the cells it touches: linear in the number of labels.
 */
export function placeLabels(boxes: readonly LabelBox[]): boolean[] {
  const kept = boxes.map(() => false);
  let cellW = 0;
  let cellH = 0;
  for (const b of boxes) {
    cellW = Math.max(cellW, b.width);
    cellH = Math.max(cellH, b.height);
  }
  if (!(cellW > 0 && cellH > 0)) return boxes.map(() => true);
  const cells = new Map<string, number[]>();
  const cellsOf = (b: LabelBox): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x / cellW); cx <= Math.floor((b.x + b.width) / cellW); cx++)
      for (let cy = Math.floor(b.y / cellH); cy <= Math.floor((b.y + b.height) / cellH); cy++) keys.push(`${cx},${cy}`);
    return keys;
  };
  const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  boxes.forEach((box, i) => {
    const keys = cellsOf(box);
    if (keys.some((key) => cells.get(key)?.some((j) => overlaps(box, boxes[j]!)))) return;
    kept[i] = true;
    for (const key of keys) {
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
    }
  });
  return kept;
}
