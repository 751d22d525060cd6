import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';

// Issue #16.2: the map exports work on a page with `default-src 'self'` without a single CSP violation,
// both where the page sets the policy in a meta tag (examples/explorer.html) and where the server sends it.

/** Waits until the map is drawn with its cut: the exported file should hold the legend of what a cut draws. */
async function cutDrawn(page: Page) {
  await expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
  await expect(page.locator('.impact[aria-busy="false"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('svg .scenario .severed').first()).toBeAttached();
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

interface Png {
  width: number;
  height: number;
  /** How many pixels differ from the top-left one (the sea or the page's background). */
  distinct: number;
  /** How many distinct colours the image holds (a map has land, sea, cables). */
  colours: number;
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what canvas.toBlob writes) far enough to count its colours. */
function readPng(bytes: Buffer): Png {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(bytes[24]).toBe(8);
  expect(bytes[25]).toBe(6);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const rawByte = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!;
      pixels[y * stride + x] = (rawByte + predicted) & 0xff;
    }
  }
  const first = pixels.readUInt32BE(0);
  let distinct = 0;
  const colours = new Set<number>();
  for (let i = 0; i < pixels.length; i += 4) {
    const pixel = pixels.readUInt32BE(i);
    if (pixel !== first) distinct++;
    colours.add(pixel);
  }
  return { width, height, distinct, colours: colours.size };
}

/** Opens the share menu, downloads the map as SVG and as PNG, and checks both files. */
async function exportBoth(page: Page) {
  await page.locator('.share-menu summary').click();
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download map (SVG)' }).click()]);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, paths: doc.querySelectorAll('path').length };
  }, svg);
  expect(parsed).toMatchObject({ error: null, root: 'svg' });
  expect(parsed.paths).toBeGreaterThan(10);
  expect(svg.match(/ style="/g)?.length ?? 0).toBe(0);

  const started = Date.now();
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download map (PNG)' }).click()]);
  const file = (await pngDownload.path())!;
  const bytes = await readFile(file);
  const png = readPng(bytes);
  const box = (await page.locator('svg.map-svg').boundingBox())!;
  const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
  expect(png.width).toBe(Math.round(box.width * ratio));
  expect(png.height).toBeGreaterThan(Math.round(box.height * ratio));
  // Land, sea, cables, borders and the legend's text: far more than a blank or one-colour image.
  expect(png.colours).toBeGreaterThan(50);
  expect(png.distinct).toBeGreaterThan(png.width * png.height * 0.2);
  console.log(`PNG export: ${png.width}×${png.height}, ${bytes.length} bytes, ${png.colours} colours, ${png.distinct} pixels off the background, ${Date.now() - started} ms to the download`);
  return { svg, png, file };
}

test.describe('exports under a strict Content-Security-Policy', () => {
  test("examples/explorer.html (a meta tag: default-src 'self'): SVG and PNG export, zero violations", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/examples/explorer.html?cut=cable:marea');
    await cutDrawn(page);
    await exportBoth(page);
    expect(await violations()).toEqual([]);
  });

  test("the app served with the header Content-Security-Policy: default-src 'self': SVG and PNG export, zero violations", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.route(/\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'" } });
    });
    await page.goto('/?cut=cable:aae-1');
    await cutDrawn(page);
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]'))).toBeNull();
    await exportBoth(page);
    expect(await violations()).toEqual([]);
  });
});
