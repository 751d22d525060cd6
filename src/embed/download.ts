/** Offers a file to the reader: a temporary link to a blob, clicked and released. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The painted properties SVG elements take from the stylesheet, written onto a copy so that it stands alone. */
const PAINTED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'r', 'font-size', 'font-family', 'paint-order', 'vector-effect', 'display', 'visibility'] as const;

/**
 * The map as a standalone SVG file: a copy of the drawn SVG with every
 * element's computed paint written inline (the stylesheet and its variables
 * stay behind), and the sea as a background.
 */
export function serializeMapSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = svg.querySelectorAll<SVGElement>('*');
  const copies = copy.querySelectorAll<SVGElement>('*');
  originals.forEach((el, i) => {
    const target = copies[i];
    if (!target) return;
    const computed = getComputedStyle(el);
    const style = PAINTED.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('tabindex');
  copy.removeAttribute('role');
  return new XMLSerializer().serializeToString(copy);
}

/** The map and the packets over it as a PNG, at the device's pixel ratio. */
export async function renderMapPng(svg: SVGSVGElement, packets: HTMLCanvasElement | null): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw to a canvas');
  const image = new Image();
  const url = URL.createObjectURL(new Blob([serializeMapSvg(svg)], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the map could not be drawn as an image'));
      image.src = url;
    });
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    if (packets) ctx.drawImage(packets, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
}
