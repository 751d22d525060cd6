import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

// Issue #12: a person understands what they see, on a phone as on a desktop. The standalone app only:
// history and the drawer belong to the page, not to an embed.

async function mapDrawn(page: Page) {
  await expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
}

/** Waits until the impact of the current cuts is computed (not while "Computing…"). */
async function impactReady(page: Page) {
  await expect(page.locator('.impact[aria-busy="false"]')).toBeVisible({ timeout: 60_000 });
}

const PHONES = [
  { width: 320, height: 568 },
  { width: 360, height: 640 },
  { width: 375, height: 667 },
  { width: 414, height: 896 },
  { width: 667, height: 375 },
];

test.describe('phones', () => {
  for (const size of PHONES) {
    test(`at ${size.width}×${size.height} the menu button is in view and opens every control`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: size, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto('/');
      await mapDrawn(page);
      const menu = page.getByRole('button', { name: 'Menu' });
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      // Nothing sticks out sideways: the page never scrolls horizontally.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      for (const name of ['Map projection', 'Language']) await expect(page.getByRole('combobox', { name })).toBeInViewport();
      await menu.tap();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('tab', { name: 'Failover' })).toBeInViewport();
      await page.getByRole('tab', { name: 'Failover' }).tap();
      await expect(page.getByRole('button', { name: /Hunga Tonga/ })).toBeAttached();
      await context.close();
    });
  }

  test('a cut on a phone shows the impact in the bottom sheet, and “Full impact” opens it all', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/?select=cable:aae-1');
    await mapDrawn(page);
    const sheet = page.getByRole('complementary', { name: /Details: Asia-Africa-Europe 1/ });
    await sheet.getByRole('button', { name: 'Cut the whole cable' }).tap();
    const summary = sheet.getByRole('region', { name: 'What the cuts did' });
    await expect(summary).toBeInViewport();
    await expect(summary).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
    await expect(summary).toContainText(/Impact: .*(minor|moderate|severe|cut off|No country affected)/);
    await summary.getByRole('button', { name: 'Full impact' }).tap();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('region', { name: 'Impact', exact: true })).toBeInViewport();
    await context.close();
  });
});

test.describe('the failover legend and the map agree with the panel', () => {
  test('after a corridor cut the legend lists what is drawn, and the map colours congested exactly what the panel counts', async ({ page }) => {
    await page.goto('/');
    await mapDrawn(page);
    await expect(page.locator('.map-legend')).toHaveCount(0);
    await page.getByRole('tab', { name: 'Failover' }).click();
    const corridor = page.getByRole('button', { name: 'Red Sea and Bab-el-Mandeb' });
    await expect(corridor).toHaveAttribute('aria-pressed', 'false');
    await corridor.click();
    await expect(corridor).toHaveAttribute('aria-pressed', 'true');
    await impactReady(page);
    // The impact is brought into view even though the corridor buttons sit at the bottom of the tab.
    await expect(page.getByRole('region', { name: 'Impact', exact: true }).getByRole('heading', { name: 'Impact' })).toBeInViewport();

    const legend = page.locator('.map-legend');
    await expect(legend).toContainText('Cut: severed cable or link');
    await expect(legend).toContainText('A route before the cut');
    const drawn = await page.locator('.scenario .utilisation path').evaluateAll((paths) => paths.map((p) => (p as SVGPathElement).style.stroke));
    const congestedOnMap = drawn.filter((c) => c === 'var(--congested)').length;
    const counted = Number((await page.locator('.impact-counts div', { hasText: 'Links congested' }).locator('dd').innerText()).replace(/\D/g, ''));
    expect(congestedOnMap).toBe(counted);
    for (const [colour, words] of [['var(--loaded)', '60–80 %'], ['var(--busy)', '80–100 %'], ['var(--congested)', 'Congested']] as const) {
      if (drawn.includes(colour)) await expect(legend).toContainText(words);
      else await expect(legend).not.toContainText(words);
    }
    // Pressed again, the corridor comes back.
    await corridor.click();
    await expect(corridor).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.map-legend')).toHaveCount(0);
  });

  test('replaying an incident on the globe turns it to the place', async ({ page }) => {
    await page.goto('/?projection=orthographic');
    await mapDrawn(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    await page.getByRole('button', { name: /Hunga Tonga/ }).click();
    await impactReady(page);
    const mark = page.locator('.scenario .cut-mark-map').first();
    await expect(mark).toBeAttached();
    const map = (await page.locator('.map').boundingBox())!;
    await expect(async () => {
      const box = (await mark.boundingBox())!;
      expect(box.x).toBeGreaterThan(map.x);
      expect(box.x + box.width).toBeLessThan(map.x + map.width);
      expect(box.y).toBeGreaterThan(map.y);
      expect(box.y + box.height).toBeLessThan(map.y + map.height);
    }).toPass({ timeout: 15_000 });
  });
});

test.describe('nothing on screen that is not there', () => {
  test('packets fly only on drawn lines: a hidden layer or a carrier filter takes its flows away', async ({ page }) => {
    await page.goto('/');
    await mapDrawn(page);
    const canvas = page.getByTestId('packets');
    await expect(canvas).toHaveAttribute('data-flows', /^[1-9]\d*$/, { timeout: 60_000 });
    const all = Number(await canvas.getAttribute('data-flows'));
    await page.getByRole('checkbox', { name: 'Submarine cables' }).uncheck();
    await expect(canvas).not.toHaveAttribute('data-flows', String(all));
    const onLand = Number(await canvas.getAttribute('data-flows'));
    expect(onLand).toBeLessThan(all);
    await page.getByRole('checkbox', { name: 'Terrestrial links' }).uncheck();
    await expect(canvas).toHaveAttribute('data-flows', '0');
    await page.getByRole('checkbox', { name: 'Submarine cables' }).check();
    await page.getByRole('checkbox', { name: 'Terrestrial links' }).check();
    await expect(canvas).toHaveAttribute('data-flows', String(all));
    await page.getByRole('checkbox', { name: /Zayo Group/ }).check();
    await expect(canvas).not.toHaveAttribute('data-flows', String(all));
  });
});

test.describe('embeds at every size', () => {
  test('a minimal embed links to the full explorer with the same view', async ({ page }) => {
    await page.goto('/embed.html?concept=peering');
    await mapDrawn(page);
    const link = page.getByRole('link', { name: /Open in the full explorer/ });
    await link.focus();
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.pathname).toMatch(/\/$/);
    expect(href.searchParams.get('route')).toBe('johannesburg,frankfurt');
    expect(href.searchParams.get('concept')).toBeNull();
    await page.goto(href.pathname + href.search);
    await mapDrawn(page);
    await expect(page.getByRole('button', { name: 'Menu' }).or(page.getByRole('tab', { name: 'Failover' }))).toBeVisible();
  });

  test('controls=full at 800×450 switches to the compact layout: the map keeps the width', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 450 });
    await page.goto('/embed.html?controls=full');
    await mapDrawn(page);
    const map = (await page.locator('.map').boundingBox())!;
    expect(map.width).toBeGreaterThan(700);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeInViewport();
  });
});

/** The geometry of the exported `<rect>` whose data-id is `id`. */
function exportedRect(svg: string, id: string): { x: number; y: number; width: number; height: number } {
  const tag = svg.match(new RegExp(`<rect [^>]*data-id="${id}"[^>]*>`))?.[0] ?? '';
  const attr = (name: string) => Number(tag.match(new RegExp(` ${name}="([^"]+)"`))?.[1]);
  return { x: attr('x'), y: attr('y'), width: attr('width'), height: attr('height') };
}

test.describe('faithful exports', () => {
  test('the SVG holds the exchanges, the cut marks, the legend and the attribution; the PNG has room for them', async ({ page }) => {
    await page.goto('/?cut=cable:aae-1');
    await mapDrawn(page);
    await impactReady(page);
    const exchangesDrawn = await page.locator('svg .ixps rect').count();
    expect(exchangesDrawn).toBeGreaterThan(0);
    await page.locator('.share-menu summary').click();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download map (SVG)' }).click()]);
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    // Every exchange square keeps its size once the stylesheet is gone.
    const squares = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/g)].filter((m) => Number(m[1]) > 0 && Number(m[2]) > 0);
    expect(squares.length).toBeGreaterThanOrEqual(exchangesDrawn);
    // …and stays centred on its exchange, which the map places by CSS (its x and y attributes give the centre).
    const first = page.locator('svg .ixps rect').first();
    const [id, cx, cy] = await Promise.all([first.getAttribute('data-id'), first.getAttribute('x'), first.getAttribute('y')]);
    const exported = exportedRect(svg, id!);
    expect(Math.abs(exported.x + exported.width / 2 - Number(cx))).toBeLessThan(0.01);
    expect(Math.abs(exported.y + exported.height / 2 - Number(cy))).toBeLessThan(0.01);
    expect(svg).toMatch(/<g [^>]*transform="matrix\(/);
    expect(svg).toContain('Cut: severed cable or link, crossed out');
    expect(svg).toContain('Natural Earth');
    expect(svg).toMatch(/CC BY/);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download map (PNG)' }).click()]);
    const png = await readFile((await pngDownload.path())!);
    const pngHeight = png.readUInt32BE(20);
    const mapHeight = (await page.locator('svg.map-svg').boundingBox())!.height;
    const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
    expect(pngHeight).toBeGreaterThan(Math.round(mapHeight * ratio));
  });
});

test.describe('hostile input', () => {
  test('examples/explorer.html passes on only the element’s options: no handler, no style, no blank page', async ({ page }) => {
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/examples/explorer.html?onclick=alert(1)&style=display:none&%3Cimg%3E=1&=x&a%20b=1&year=2020');
    await mapDrawn(page);
    const element = page.locator('backbone-explorer');
    for (const name of ['onclick', 'style']) expect(await element.getAttribute(name)).toBeNull();
    await expect(element).toHaveAttribute('year', '2020');
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.includes('ignored: it is not an option')).length).toBe(5);
  });
});

test.describe('keyboard', () => {
  test('the first Tab reaches “Skip to the map”, which puts the focus on the map', async ({ page }) => {
    await page.goto('/');
    await mapDrawn(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to the map' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('svg.map-svg')).toBeFocused();
  });
});

test.describe('exports under a strict Content-Security-Policy', () => {
  test('on examples/explorer.html (default-src self) the SVG export raises no CSP violation and keeps the exchanges', async ({ page }) => {
    await page.goto('/examples/explorer.html');
    await mapDrawn(page);
    await page.evaluate(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.locator('.share-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download map (SVG)' }).click()]);
    const svg = await readFile((await download.path())!, 'utf8');
    expect(/<rect [^>]*width="[\d.]+"/.test(svg)).toBe(true);
    expect(svg.match(/ style="/g)?.length ?? 0).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});

test.describe('history and shared links', () => {
  test('Back after two selections returns to the first, then to none; Forward comes back', async ({ page }) => {
    await page.goto('/');
    await mapDrawn(page);
    const search = page.getByRole('combobox', { name: /Search/ });
    for (const name of ['MAREA', 'Seattle']) {
      await search.fill(name);
      await search.press('Enter');
      await expect(page.getByRole('complementary', { name: new RegExp(`Details: ${name}`) })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`select=`));
    }
    await expect(page).toHaveURL(/select=metro%3Aseattle|select=metro:seattle/);
    await page.goBack();
    await expect(page.getByRole('complementary', { name: /Details: MAREA/ })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('complementary', { name: /^Details:/ })).toHaveCount(0);
    await page.goForward();
    await expect(page.getByRole('complementary', { name: /Details: MAREA/ })).toBeVisible();
  });

  test('the language is part of the URL', async ({ page }) => {
    await page.goto('/');
    await mapDrawn(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expect(page).toHaveURL(/lang=de/);
    await page.reload();
    await mapDrawn(page);
    await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  });
});
