import { saveFile } from '../views/panels/lists/saveFile';
import { drawSvg } from '../draw/drawSvg';

/** Offers a file to the reader (one implementation, the views' saveFile). */
export const downloadBlob = saveFile;

/** The painted properties SVG elements take from the stylesheet, written onto a copy so that it stands alone. */
const PAINTED = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  // Lines keep their width at any zoom on screen (non-scaling strokes); without it a zoomed export draws them fat.
  'vector-effect', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'paint-order', 'display', 'visibility',
] as const;

/** What the export adds below the map: the legend of what is drawn and the attribution. */
export interface MapExtras {
  /** The failover legend's entries: a swatch's computed stroke style and its words. */
  legend?: readonly { stroke: string; strokeWidth: string; dash: string; label: string }[];
  /** Dataset and basemap credits, required by their licences. */
  attribution?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const px = (value: string) => Number.parseFloat(value) || 0;

/**
 * Geometry the stylesheet sets as CSS (marker radii, the exchanges' squares and their centring, the cut
 * marks' transforms, all divided by the zoom) written as SVG attributes, which every SVG reader knows.
 */
function writeGeometry(target: SVGElement, computed: CSSStyleDeclaration, tag: string): void {
  if (tag === 'circle' && computed.getPropertyValue('r')) target.setAttribute('r', String(px(computed.getPropertyValue('r'))));
  if (tag === 'rect') {
    const width = px(computed.width);
    const height = px(computed.height);
    if (width > 0 && height > 0) {
      target.setAttribute('width', String(width));
      target.setAttribute('height', String(height));
    }
    // An exchange's corner is set by CSS (x, y); a data centre's by its attributes and a CSS translate.
    const translate = computed.getPropertyValue('translate');
    const [dx = '0', dy = '0'] = translate && translate !== 'none' ? translate.split(' ') : [];
    const x = computed.getPropertyValue('x') || target.getAttribute('x') || '0';
    const y = computed.getPropertyValue('y') || target.getAttribute('y') || '0';
    target.setAttribute('x', String(px(x) + px(dx)));
    target.setAttribute('y', String(px(y) + px(dy)));
  }
  const transform = computed.transform && computed.transform !== 'none' ? computed.transform : '';
  // A data centre's diamond is a square turned by the CSS `rotate` property about its own centre, which an SVG reader
  // knows only as a transform attribute: rotate(deg cx cy), applied after any other transform the stylesheet set.
  const rotate = tag === 'rect' ? computed.getPropertyValue('rotate') : '';
  const degrees = rotate && rotate !== 'none' ? px(rotate) : 0;
  if (degrees) {
    const cx = px(target.getAttribute('x') ?? '0') + px(target.getAttribute('width') ?? '0') / 2;
    const cy = px(target.getAttribute('y') ?? '0') + px(target.getAttribute('height') ?? '0') / 2;
    target.setAttribute('transform', `${transform} rotate(${degrees} ${cx} ${cy})`.trim());
  } else if (transform) target.setAttribute('transform', transform);
}

/**
 * The map as a standalone SVG: a copy of the drawn SVG with every element's computed paint and
 * CSS geometry written as presentation attributes (the stylesheet and its variables stay behind),
 * and below the map the legend of what the failover layer draws and the attribution line.
 */
function standaloneMapSvg(svg: SVGSVGElement, extras: MapExtras = {}): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = svg.querySelectorAll<SVGElement>('*');
  const copies = copy.querySelectorAll<SVGElement>('*');
  originals.forEach((el, i) => {
    const target = copies[i];
    if (!target) return;
    const computed = getComputedStyle(el);
    // Presentation attributes, not a style attribute: a page under a strict Content-Security-Policy
    // (no 'unsafe-inline' styles) forbids inline styles, and every SVG reader knows these.
    target.removeAttribute('style');
    for (const p of PAINTED) {
      const value = computed.getPropertyValue(p);
      if (value) target.setAttribute(p, value);
    }
    writeGeometry(target, computed, el.tagName.toLowerCase());
    target.removeAttribute('class');
  });
  copy.setAttribute('xmlns', SVG_NS);
  copy.removeAttribute('style');
  copy.removeAttribute('tabindex');
  copy.removeAttribute('role');

  const { width, height } = svg.getBoundingClientRect();
  const mapWidth = Number(svg.getAttribute('width')) || width || 800;
  const mapHeight = Number(svg.getAttribute('height')) || height || 450;
  const legend = extras.legend ?? [];
  const lineHeight = 16;
  const added = (legend.length ? legend.length * lineHeight + 8 : 0) + (extras.attribution ? lineHeight + 8 : 0);
  if (added > 0) {
    const doc = copy.ownerDocument;
    const footer = doc.createElementNS(SVG_NS, 'g');
    footer.setAttribute('transform', `translate(0, ${mapHeight})`);
    const background = doc.createElementNS(SVG_NS, 'rect');
    Object.entries({ x: '0', y: '0', width: String(mapWidth), height: String(added), fill: '#ffffff' }).forEach(([k, v]) => background.setAttribute(k, v));
    footer.append(background);
    let y = 6;
    for (const item of legend) {
      const line = doc.createElementNS(SVG_NS, 'line');
      Object.entries({ x1: '10', x2: '38', y1: String(y + 8), y2: String(y + 8), stroke: item.stroke, 'stroke-width': item.strokeWidth, 'stroke-dasharray': item.dash }).forEach(([k, v]) => line.setAttribute(k, v));
      const text = doc.createElementNS(SVG_NS, 'text');
      Object.entries({ x: '46', y: String(y + 12), 'font-size': '12', 'font-family': 'sans-serif', fill: '#111827' }).forEach(([k, v]) => text.setAttribute(k, v));
      text.textContent = item.label;
      footer.append(line, text);
      y += lineHeight;
    }
    if (extras.attribution) {
      const text = doc.createElementNS(SVG_NS, 'text');
      Object.entries({ x: '10', y: String(y + 14), class: 'attribution', 'font-size': '11', 'font-family': 'sans-serif', fill: '#374151' }).forEach(([k, v]) => text.setAttribute(k, v));
      text.textContent = extras.attribution;
      footer.append(text);
    }
    copy.append(footer);
    copy.setAttribute('height', String(mapHeight + added));
    const viewBox = copy.getAttribute('viewBox');
    if (viewBox) {
      const [x = 0, yb = 0, w = mapWidth, h = mapHeight] = viewBox.split(/[ ,]+/).map(Number);
      copy.setAttribute('viewBox', `${x} ${yb} ${w} ${h + added}`);
    }
  }
  return copy;
}

/** The map as a standalone SVG file (see standaloneMapSvg). */
export function serializeMapSvg(svg: SVGSVGElement, extras: MapExtras = {}): string {
  return new XMLSerializer().serializeToString(standaloneMapSvg(svg, extras));
}

/** The failover legend as drawn beside the map (none when nothing is cut), for the export. */
export function legendOf(explorer: Element | null): NonNullable<MapExtras['legend']> {
  return [...(explorer?.querySelectorAll('.map-legend li') ?? [])].flatMap((li) => {
    const swatch = li.querySelector('line');
    if (!swatch) return [];
    const computed = getComputedStyle(swatch);
    return [{ stroke: computed.stroke, strokeWidth: computed.strokeWidth, dash: computed.strokeDasharray, label: li.textContent ?? '' }];
  });
}

/**
 * The map and the packets over it as a PNG, at the device's pixel ratio. The standalone SVG is painted
 * shape by shape onto a canvas (drawSvg), not loaded as an image: an image of it would need a blob: or
 * data: URL, which a page under `default-src 'self'` refuses.
 */
export async function renderMapPng(svg: SVGSVGElement, packets: HTMLCanvasElement | null, extras: MapExtras = {}): Promise<Blob> {
  const copy = standaloneMapSvg(svg, extras);
  const box = svg.getBoundingClientRect();
  const width = Number(copy.getAttribute('width')) || box.width;
  // The file is as tall as the map plus what the export adds below it (legend, attribution).
  const height = Number(copy.getAttribute('height')) || box.height;
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw to a canvas');
  drawSvg(ctx, copy, { scale: ratio, createPath: (d) => new Path2D(d) });
  // The packets cover the map only, not the legend below it.
  if (packets) ctx.drawImage(packets, 0, 0, packets.width, packets.height, 0, 0, canvas.width, Math.round(box.height * ratio));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
}
