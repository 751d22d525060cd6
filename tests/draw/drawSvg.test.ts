// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawSvg, parseTransform } from '../../src/draw/drawSvg';
import type { SvgContext, SvgPath } from '../../src/draw/drawSvg';

type Call = [string, ...unknown[]];

/** A path that records how it was built, in place of the browser's Path2D. */
class RecordingPath implements SvgPath {
  readonly calls: Call[] = [];
  constructor(readonly d?: string) {}
  moveTo(...args: number[]) {
    this.calls.push(['moveTo', ...args]);
  }
  lineTo(...args: number[]) {
    this.calls.push(['lineTo', ...args]);
  }
  arc(...args: number[]) {
    this.calls.push(['arc', ...args]);
  }
  rect(...args: number[]) {
    this.calls.push(['rect', ...args]);
  }
  closePath() {
    this.calls.push(['closePath']);
  }
  addPath(path: SvgPath, m: object) {
    this.calls.push(['addPath', path, m]);
  }
}

/** A context that records every call and, at each paint, the styles and matrix it was painted with. */
function createRecordingContext() {
  const calls: Call[] = [];
  const state: Record<string, unknown> = { fillStyle: '#000', strokeStyle: '#000', globalAlpha: 1, lineWidth: 1, lineCap: 'butt', lineJoin: 'miter', font: '10px sans-serif', textAlign: 'start' };
  let matrix: number[] = [1, 0, 0, 1, 0, 0];
  let dash: number[] = [];
  const paint =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push([name, ...args, { ...state, matrix, dash }]);
  const ctx = {
    setTransform: (...m: number[]) => (matrix = m),
    setLineDash: (d: number[]) => (dash = d),
    fill: paint('fill'),
    stroke: paint('stroke'),
    fillText: paint('fillText'),
    strokeText: paint('strokeText'),
  } as unknown as SvgContext;
  for (const key of Object.keys(state)) Object.defineProperty(ctx, key, { get: () => state[key], set: (v: unknown) => (state[key] = v) });
  return { ctx, calls };
}

function svgOf(markup: string): Element {
  return new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg" ${markup}</svg>`, 'image/svg+xml').documentElement;
}

function draw(markup: string, scale = 1) {
  const { ctx, calls } = createRecordingContext();
  drawSvg(ctx, svgOf(markup), { scale, createPath: (d) => new RecordingPath(d) });
  return calls;
}

describe('parseTransform', () => {
  it('parseTransform(list) composes translate, scale and matrix left to right', () => {
    expect(parseTransform('translate(10, 20) scale(2)')).toEqual([2, 0, 0, 2, 10, 20]);
    expect(parseTransform('matrix(4.3, 0, 0, 4.3, -731.2, -758.8)')).toEqual([4.3, 0, 0, 4.3, -731.2, -758.8]);
    expect(parseTransform('scale(2 3) translate(1,1)')).toEqual([2, 0, 0, 3, 2, 3]);
  });

  it('parseTransform(rotate(90, cx, cy)) turns about the centre', () => {
    const [a, b, c, d, e, f] = parseTransform('rotate(90, 10, 0)');
    expect([a, b, c, d, e, f].map((n) => Math.round(n * 1e9) / 1e9 + 0)).toEqual([0, 1, -1, 0, 10, -10]);
  });

  it('parseTransform ignores what it cannot read instead of painting garbage', () => {
    expect(parseTransform(null)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(parseTransform('translate(NaN, 2) skew(4) none')).toEqual([1, 0, 0, 1, 0, 0]);
  });
});

describe('drawSvg', () => {
  it('drawSvg(ctx, svg) fills and strokes a path from its d, its colours and widths, through the group transforms and the scale', () => {
    const calls = draw(`width="100" height="50" viewBox="0 0 100 50"><g transform="translate(10,0)"><path d="M0,0L5,5" fill="rgb(1, 2, 3)" stroke="red" stroke-width="2px" stroke-dasharray="5px, 4px" stroke-linecap="round"/></g>`, 2);
    expect(calls.map((c) => c[0])).toEqual(['fill', 'stroke']);
    const [fill, stroke] = calls as [Call, Call];
    expect((fill[1] as RecordingPath).d).toBe('M0,0L5,5');
    expect(fill[3]).toMatchObject({ fillStyle: 'rgb(1, 2, 3)', matrix: [2, 0, 0, 2, 20, 0] });
    expect(stroke[2]).toMatchObject({ strokeStyle: 'red', lineWidth: 2, lineCap: 'round', dash: [5, 4], matrix: [2, 0, 0, 2, 20, 0] });
  });

  it('a non-scaling stroke keeps its width on screen: the outline is carried through the zoom, the pen is not', () => {
    const calls = draw(`width="100" height="50"><g transform="scale(4)"><path d="M0,0L5,5" fill="none" stroke="blue" stroke-width="1.4" vector-effect="non-scaling-stroke"/></g>`, 2);
    expect(calls.map((c) => c[0])).toEqual(['stroke']);
    const [, path, state] = calls[0] as [string, RecordingPath, Record<string, unknown>];
    expect(state).toMatchObject({ lineWidth: 1.4, matrix: [2, 0, 0, 2, 0, 0] });
    expect(path.calls).toHaveLength(1);
    expect(path.calls[0]![2]).toEqual({ a: 4, b: 0, c: 0, d: 4, e: 0, f: 0 });
    expect((path.calls[0]![1] as RecordingPath).d).toBe('M0,0L5,5');
  });

  it('circles, rectangles and lines become outlines; empty ones and hidden subtrees paint nothing', () => {
    const calls = draw(`width="10" height="10"><circle cx="1" cy="2" r="3" fill="white"/><rect x="1" y="1" width="0" height="2" fill="white"/><rect x="1" y="1" width="4" height="2" fill="white"/><line x1="0" y1="0" x2="3" y2="4" stroke="black"/><g display="none"><path d="M0,0" fill="red"/></g><path d="M1,1" fill="red" visibility="hidden"/><path d="M2,2" fill="red" opacity="0"/>`);
    expect(calls.map((c) => [c[0], (c[1] as RecordingPath).calls])).toEqual([
      ['fill', [['moveTo', 4, 2], ['arc', 1, 2, 3, 0, 2 * Math.PI]]],
      ['fill', [['rect', 1, 1, 4, 2]]],
      ['stroke', [['moveTo', 0, 0], ['lineTo', 3, 4]]],
    ]);
  });

  it('text: a bare font size is read as pixels, text-anchor centres it, paint-order stroke draws the halo under the letters, and data is drawn as text', () => {
    const calls = draw(`width="10" height="10"><text x="4" y="5" font-size="12" font-family="sans-serif" font-weight="700" text-anchor="middle" fill="white" stroke="black" stroke-width="2" paint-order="stroke">&lt;img src=x onerror=alert(1)&gt;</text>`);
    expect(calls.map((c) => c.slice(0, 4))).toEqual([
      ['strokeText', '<img src=x onerror=alert(1)>', 4, 5],
      ['fillText', '<img src=x onerror=alert(1)>', 4, 5],
    ]);
    expect(calls[1]![4]).toMatchObject({ font: '700 12px sans-serif', textAlign: 'center', fillStyle: 'white' });
  });

  it('presentation attributes are inherited from groups, and group opacity multiplies down', () => {
    const calls = draw(`width="10" height="10"><g fill="green" opacity="0.5"><path d="M0,0" fill-opacity="0.5"/></g>`);
    expect(calls[0]![3]).toMatchObject({ fillStyle: 'green', globalAlpha: 0.25 });
  });
});
