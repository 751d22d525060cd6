/**
 * Paints a standalone SVG (the map as the export writes it: shapes with presentation attributes, no stylesheet)
 * onto a canvas, shape by shape. Rasterising through an <img> of the SVG needs a blob: or data: image, which a
 * page under `default-src 'self'` forbids; painting the shapes with Path2D needs nothing a policy can refuse.
 */

/** An affine matrix as the canvas takes it: [a, b, c, d, e, f]. */
export type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The part of Path2D that drawSvg builds shapes with. */
export interface SvgPath {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  closePath(): void;
  /** Adds another path seen through a matrix: how a non-scaling stroke's outline reaches screen pixels. */
  addPath(path: SvgPath, transform: { a: number; b: number; c: number; d: number; e: number; f: number }): void;
}

/** The part of a CanvasRenderingContext2D that drawSvg uses, so tests can pass a recording context. */
export interface SvgContext {
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  globalAlpha: number;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  font: string;
  textAlign: CanvasTextAlign;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  setLineDash(segments: number[]): void;
  fill(path: SvgPath, fillRule?: CanvasFillRule): void;
  stroke(path: SvgPath): void;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
}

export interface DrawSvgOptions {
  /** Canvas pixels per SVG pixel (the device pixel ratio of the export). */
  scale?: number;
  /** Makes a path, empty or from SVG path data: `(d) => new Path2D(d)` in a browser. */
  createPath: (d?: string) => SvgPath;
}

/** The inherited presentation attributes, as SVG inherits them down the tree. */
interface Paint {
  fill: string;
  fillOpacity: number;
  fillRule: CanvasFillRule;
  stroke: string;
  strokeOpacity: number;
  strokeWidth: number;
  dash: number[];
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  nonScaling: boolean;
  strokeFirst: boolean;
  font: { size: string; family: string; weight: string };
  anchor: CanvasTextAlign;
  visible: boolean;
}

const INITIAL: Paint = {
  fill: 'black',
  fillOpacity: 1,
  fillRule: 'nonzero',
  stroke: 'none',
  strokeOpacity: 1,
  strokeWidth: 1,
  dash: [],
  lineCap: 'butt',
  lineJoin: 'miter',
  nonScaling: false,
  strokeFirst: false,
  font: { size: '16px', family: 'sans-serif', weight: '400' },
  anchor: 'start',
  visible: true,
};

const ANCHORS: Record<string, CanvasTextAlign> = { start: 'start', middle: 'center', end: 'end' };
const CAPS = new Set<string>(['butt', 'round', 'square']);
const JOINS = new Set<string>(['miter', 'round', 'bevel']);

/** A length or number attribute ("1.4px", "2") as a number; NaN when absent or unreadable. */
const length = (value: string | null): number => (value === null ? Number.NaN : Number.parseFloat(value));
const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

/** An SVG transform list (matrix, translate, scale, rotate, skewX, skewY) as one matrix; unknown parts are ignored. */
export function parseTransform(text: string | null): Matrix {
  let result = IDENTITY;
  for (const [, name, args] of (text ?? '').matchAll(/([a-zA-Z]+)\s*\(([^)]*)\)/g)) {
    const v = (args ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
    if (v.some((n) => !Number.isFinite(n))) continue;
    const rad = ((v[0] ?? 0) * Math.PI) / 180;
    const [cx = 0, cy = 0] = v.slice(1);
    const parts: Record<string, Matrix | undefined> = {
      matrix: v.length === 6 ? (v as unknown as Matrix) : undefined,
      translate: [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0],
      scale: [v[0] ?? 1, 0, 0, v[1] ?? v[0] ?? 1, 0, 0],
      rotate: multiply(multiply([1, 0, 0, 1, cx, cy], [Math.cos(rad), Math.sin(rad), -Math.sin(rad), Math.cos(rad), 0, 0]), [1, 0, 0, 1, -cx, -cy]),
      skewX: [1, 0, Math.tan(rad), 1, 0, 0],
      skewY: [1, Math.tan(rad), 0, 1, 0, 0],
    };
    const part = parts[name ?? ''];
    if (part) result = multiply(result, part);
  }
  return result;
}

/** An element's own presentation attributes over what it inherits. */
function paintOf(el: Element, inherited: Paint): Paint {
  const get = (name: string) => el.getAttribute(name);
  const dash = get('stroke-dasharray');
  const dashes = dash === null ? inherited.dash : dash === 'none' ? [] : dash.split(/[\s,]+/).map(length).filter((n) => Number.isFinite(n) && n >= 0);
  const cap = get('stroke-linecap');
  const join = get('stroke-linejoin');
  const rule = get('fill-rule');
  const order = get('paint-order');
  const effect = get('vector-effect');
  const visibility = get('visibility');
  return {
    fill: get('fill') ?? inherited.fill,
    fillOpacity: finiteOr(length(get('fill-opacity')), inherited.fillOpacity),
    fillRule: rule === 'evenodd' || rule === 'nonzero' ? rule : inherited.fillRule,
    stroke: get('stroke') ?? inherited.stroke,
    strokeOpacity: finiteOr(length(get('stroke-opacity')), inherited.strokeOpacity),
    strokeWidth: finiteOr(length(get('stroke-width')), inherited.strokeWidth),
    // An all-zero dash array draws a solid line, as SVG says; the canvas would draw nothing.
    dash: dashes.some((n) => n > 0) ? dashes : [],
    lineCap: cap && CAPS.has(cap) ? (cap as CanvasLineCap) : inherited.lineCap,
    lineJoin: join && JOINS.has(join) ? (join as CanvasLineJoin) : inherited.lineJoin,
    // vector-effect is not inherited: each shape says whether its stroke ignores the zoom.
    nonScaling: effect === 'non-scaling-stroke',
    strokeFirst: order === null ? inherited.strokeFirst : order.trim().startsWith('stroke'),
    font: { size: get('font-size') ?? inherited.font.size, family: get('font-family') ?? inherited.font.family, weight: get('font-weight') ?? inherited.font.weight },
    anchor: ANCHORS[get('text-anchor') ?? ''] ?? inherited.anchor,
    visible: visibility === null ? inherited.visible : visibility !== 'hidden' && visibility !== 'collapse',
  };
}

/** The outline of a shape element in its own coordinates, or null for what is not a shape. */
function outlineOf(el: Element, createPath: DrawSvgOptions['createPath']): SvgPath | null {
  const n = (name: string) => finiteOr(length(el.getAttribute(name)), 0);
  switch (el.localName) {
    case 'path':
      return createPath(el.getAttribute('d') ?? '');
    case 'circle': {
      const path = createPath();
      if (n('r') <= 0) return null;
      path.moveTo(n('cx') + n('r'), n('cy'));
      path.arc(n('cx'), n('cy'), n('r'), 0, 2 * Math.PI);
      return path;
    }
    case 'rect': {
      if (n('width') <= 0 || n('height') <= 0) return null;
      const path = createPath();
      path.rect(n('x'), n('y'), n('width'), n('height'));
      return path;
    }
    case 'line': {
      const path = createPath();
      path.moveTo(n('x1'), n('y1'));
      path.lineTo(n('x2'), n('y2'));
      return path;
    }
    case 'polyline':
    case 'polygon': {
      const points = (el.getAttribute('points') ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
      if (points.length < 4 || points.some((p) => !Number.isFinite(p))) return null;
      const path = createPath();
      path.moveTo(points[0]!, points[1]!);
      for (let i = 2; i + 1 < points.length; i += 2) path.lineTo(points[i]!, points[i + 1]!);
      if (el.localName === 'polygon') path.closePath();
      return path;
    }
    default:
      return null;
  }
}

const isPaint = (colour: string) => colour !== 'none' && colour !== 'transparent' && !colour.startsWith('url(');
const setMatrix = (ctx: SvgContext, m: Matrix) => ctx.setTransform(m[0], m[1], m[2], m[3], m[4], m[5]);

interface Walk {
  ctx: SvgContext;
  options: DrawSvgOptions;
  /** The screen's matrix: where non-scaling strokes are drawn. */
  screen: Matrix;
}

function strokeShape(walk: Walk, outline: SvgPath, paint: Paint, matrix: Matrix, opacity: number, text?: { value: string; x: number; y: number }) {
  const { ctx } = walk;
  if (!isPaint(paint.stroke) || paint.strokeWidth <= 0 || opacity * paint.strokeOpacity <= 0) return;
  ctx.strokeStyle = paint.stroke;
  ctx.globalAlpha = opacity * paint.strokeOpacity;
  ctx.lineWidth = paint.strokeWidth;
  ctx.lineCap = paint.lineCap;
  ctx.lineJoin = paint.lineJoin;
  ctx.setLineDash(paint.dash);
  if (text) return ctx.strokeText(text.value, text.x, text.y);
  if (!paint.nonScaling) return ctx.stroke(outline);
  // A non-scaling stroke keeps its width on screen at any zoom: the outline goes through the matrix, the pen does not.
  const onScreen = walk.options.createPath();
  const [a, b, c, d, e, f] = multiply(invert(walk.screen), matrix);
  onScreen.addPath(outline, { a, b, c, d, e, f });
  setMatrix(ctx, walk.screen);
  ctx.stroke(onScreen);
  setMatrix(ctx, matrix);
}

function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2] || 1;
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det];
}

function drawElement(walk: Walk, el: Element, inherited: Paint, parentMatrix: Matrix, parentOpacity: number) {
  if (el.getAttribute('display') === 'none') return;
  const paint = paintOf(el, inherited);
  const matrix = multiply(parentMatrix, parseTransform(el.getAttribute('transform')));
  // Group opacity is approximated by passing it down: the map's groups do not overlap themselves.
  const opacity = parentOpacity * Math.min(1, Math.max(0, finiteOr(length(el.getAttribute('opacity')), 1)));
  if (opacity <= 0) return;
  if (el.localName === 'g' || el.localName === 'svg') {
    for (const child of el.children) drawElement(walk, child, paint, matrix, opacity);
    return;
  }
  if (!paint.visible) return;
  const { ctx } = walk;
  const isText = el.localName === 'text';
  const outline = isText ? null : outlineOf(el, walk.options.createPath);
  if (!isText && !outline) return;
  setMatrix(ctx, matrix);
  const text = isText ? { value: el.textContent ?? '', x: finiteOr(length(el.getAttribute('x')), 0), y: finiteOr(length(el.getAttribute('y')), 0) } : undefined;
  if (text) {
    // SVG takes a bare number as pixels; the canvas ignores a font without a unit and keeps the last one.
    const size = /^[\d.]+$/.test(paint.font.size.trim()) ? `${paint.font.size.trim()}px` : paint.font.size;
    ctx.font = `${paint.font.weight} ${size} ${paint.font.family}`;
    ctx.textAlign = paint.anchor;
  }
  const fill = () => {
    // A line is never filled in SVG, whatever its fill says.
    if (!isPaint(paint.fill) || opacity * paint.fillOpacity <= 0 || el.localName === 'line') return;
    ctx.fillStyle = paint.fill;
    ctx.globalAlpha = opacity * paint.fillOpacity;
    if (text) ctx.fillText(text.value, text.x, text.y);
    else ctx.fill(outline!, paint.fillRule);
  };
  const stroke = () => strokeShape(walk, outline ?? walk.options.createPath(), paint, matrix, opacity, text);
  if (paint.strokeFirst) {
    stroke();
    fill();
  } else {
    fill();
    stroke();
  }
}

/**
 * drawSvg(ctx, svg, options) paints an SVG element's shapes (path, circle, rect, line, polyline, polygon, text
 * in groups with transforms) from their presentation attributes, the root's viewBox mapped onto
 * its width and height times options.scale.
 */
export function drawSvg(ctx: SvgContext, svg: Element, options: DrawSvgOptions): void {
  const scale = options.scale ?? 1;
  const width = length(svg.getAttribute('width'));
  const height = length(svg.getAttribute('height'));
  const [vx = 0, vy = 0, vw = width, vh = height] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
  const sx = Number.isFinite(width / vw) && vw > 0 ? width / vw : 1;
  const sy = Number.isFinite(height / vh) && vh > 0 ? height / vh : 1;
  const screen: Matrix = [scale, 0, 0, scale, 0, 0];
  const root = multiply(screen, [sx, 0, 0, sy, -vx * sx, -vy * sy]);
  const walk: Walk = { ctx, options, screen };
  for (const child of svg.children) drawElement(walk, child, paintOf(svg, INITIAL), root, 1);
  setMatrix(ctx, IDENTITY);
  ctx.globalAlpha = 1;
}
