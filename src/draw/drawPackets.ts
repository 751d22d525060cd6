import type { LonLat } from '../data/schema';

/** The part of a CanvasRenderingContext2D that drawPackets uses, so tests can pass a recording context. */
export interface PacketContext {
  /** Fill colour of the packets. */
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  /** Stroke colour of the dropped-packet crosses. */
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  /** Opacity, set per dropped packet. */
  globalAlpha: number;
  /** Stroke width of the crosses. */
  lineWidth: number;
  /** Pushes the drawing state (drawPackets restores it before returning). */
  save(): void;
  /** Pops the drawing state. */
  restore(): void;
  /** Starts a path: one per colour, one per cross. */
  beginPath(): void;
  /** Starts a subpath: each dot on its rim, each stroke of a cross at its end. */
  moveTo(x: number, y: number): void;
  /** A stroke of a cross. */
  lineTo(x: number, y: number): void;
  /** A packet's dot. */
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  /** A small packet's square: at two or three pixels across nobody sees the corners, and a software rasteriser fills a square many times faster than a disc. */
  rect(x: number, y: number, width: number, height: number): void;
  /** Paints the dots of one colour. */
  fill(): void;
  /** Paints one cross. */
  stroke(): void;
}

/** A d3-zoom transform: screen = (x·k + tx, y·k + ty). */
interface ZoomTransformLike {
  /** Scale. */
  k: number;
  /** Translation along x, in pixels. */
  x: number;
  /** Translation along y, in pixels. */
  y: number;
}

/** A dropped packet to draw as a fading cross. */
interface DroppedMark {
  /** Where it was dropped. */
  lonLat: LonLat;
  /** Opacity in [0, 1]: 1 just dropped, 0 faded out. */
  alpha: number;
}

/** What to draw: the shape `locatePackets` returns, plus the view. */
export interface DrawPacketsInput {
  /** Number of packets: entries 0 … count − 1 of `lonLat` and `group` are drawn. */
  count: number;
  /** Packet i is at [lonLat[2i], lonLat[2i + 1]]. */
  lonLat: ArrayLike<number>;
  /** Colour group of each packet, an index into `colours`. */
  group: ArrayLike<number>;
  /** Fill colour of each group; groups sharing a colour are filled together. */
  colours: readonly string[];
  /** Projects [lon, lat] to untransformed pixels, or null where the point is hidden (e.g. the far side of the globe: wrap d3's orthographic projection, which does not clip points itself). */
  project: (lonLat: [number, number]) => readonly [number, number] | null | undefined;
  /** Zoom transform applied after projection. Default identity. */
  transform?: ZoomTransformLike;
  /** Packet radius in screen pixels: it does not grow with zoom. Default 2. */
  radius?: number;
  /** Dropped packets, drawn as crosses. Default none. */
  dropped?: readonly DroppedMark[];
  /** Colour of the dropped-packet crosses. Default '#e03131' (red). */
  dropColour?: string;
  /** Half the span of a cross, in screen pixels. Default 4. */
  dropSize?: number;
}

const TAU = 2 * Math.PI;
/** Below this radius packets are drawn as squares (see PacketContext.rect). */
const SQUARE_BELOW_RADIUS = 2.5;
// Scratch buffers, grown as needed and reused across calls: drawing is synchronous, so no two calls share them at once.
let scratchXY = new Float64Array(0);
let scratchOrder = new Uint32Array(0);
let scratchBucket = new Int32Array(0);

/**
 * Paints packets as dots, one path and one fill per colour, and dropped packets
 * as red crosses fading with their alpha. Hidden points are skipped. The context
 * is the caller's (it never creates one); its state is saved and restored.
 */
export function drawPackets(ctx: PacketContext, input: DrawPacketsInput): void {
  const { count, lonLat, group, colours, project, transform = { k: 1, x: 0, y: 0 }, radius = 2, dropped = [] } = input;
  const { k, x: tx, y: ty } = transform;
  if (scratchXY.length < 2 * count) scratchXY = new Float64Array(2 * count);
  if (scratchOrder.length < count) scratchOrder = new Uint32Array(count);
  if (scratchBucket.length < count) scratchBucket = new Int32Array(count);
  const xy = scratchXY;
  const bucketOf = scratchBucket;

  // Colour buckets: groups that share a colour string share a bucket.
  const bucketOfColour = new Map<string, number>();
  const bucketOfGroup = new Int32Array(colours.length);
  colours.forEach((c, g) => {
    let b = bucketOfColour.get(c);
    if (b === undefined) bucketOfColour.set(c, (b = bucketOfColour.size));
    bucketOfGroup[g] = b;
  });
  const bucketColours = [...bucketOfColour.keys()];

  // Project every packet once, and count the visible ones per bucket (a counting sort by colour).
  const point: [number, number] = [0, 0];
  const starts = new Uint32Array(bucketColours.length + 1);
  for (let i = 0; i < count; i++) {
    point[0] = lonLat[2 * i]!;
    point[1] = lonLat[2 * i + 1]!;
    const p = project(point);
    const b = bucketOfGroup[group[i]!];
    if (!p || b === undefined) {
      bucketOf[i] = -1;
      continue;
    }
    xy[2 * i] = p[0] * k + tx;
    xy[2 * i + 1] = p[1] * k + ty;
    bucketOf[i] = b;
    starts[b + 1]!++;
  }
  for (let b = 0; b < bucketColours.length; b++) starts[b + 1]! += starts[b]!;
  const fillAt = starts.slice(0, bucketColours.length);
  const order = scratchOrder;
  for (let i = 0; i < count; i++) {
    const b = bucketOf[i]!;
    if (b >= 0) order[fillAt[b]!++] = i;
  }

  ctx.save();
  for (let b = 0; b < bucketColours.length; b++) {
    const from = starts[b]!;
    const to = starts[b + 1]!;
    if (from === to) continue;
    ctx.fillStyle = bucketColours[b]!;
    ctx.beginPath();
    const square = radius < SQUARE_BELOW_RADIUS;
    for (let j = from; j < to; j++) {
      const i = order[j]!;
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      if (square) {
        ctx.rect(x - radius, y - radius, 2 * radius, 2 * radius);
      } else {
        ctx.moveTo(x + radius, y);
        ctx.arc(x, y, radius, 0, TAU);
      }
    }
    ctx.fill();
  }
  drawDropped(ctx, dropped, input);
  ctx.restore();
}

/** Red crosses, one stroke each, since each has its own alpha. */
function drawDropped(ctx: PacketContext, dropped: readonly DroppedMark[], input: DrawPacketsInput): void {
  if (dropped.length === 0) return;
  const { project, transform = { k: 1, x: 0, y: 0 }, dropColour = '#e03131', dropSize = 4 } = input;
  ctx.strokeStyle = dropColour;
  ctx.lineWidth = 1.5;
  for (const d of dropped) {
    if (!(d.alpha > 0)) continue;
    const p = project([d.lonLat[0], d.lonLat[1]]);
    if (!p) continue;
    const x = p[0] * transform.k + transform.x;
    const y = p[1] * transform.k + transform.y;
    ctx.globalAlpha = Math.min(1, d.alpha);
    ctx.beginPath();
    ctx.moveTo(x - dropSize, y - dropSize);
    ctx.lineTo(x + dropSize, y + dropSize);
    ctx.moveTo(x - dropSize, y + dropSize);
    ctx.lineTo(x + dropSize, y - dropSize);
    ctx.stroke();
  }
}
