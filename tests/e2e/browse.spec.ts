import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { explorerUrl } from './explorerPage';

/** Fails a test on any console error, page error or request to another host. */
function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:') problems.push(`request to another host: ${r.url()}`);
  });
  return problems;
}

const cableCount = (page: Page) => page.locator('svg .cables [data-kind="cable"]').count();

/** Opens the app and waits until the dataset has loaded and the map is drawn. */
async function openMap(page: Page) {
  await page.goto(explorerUrl());
  await expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
  // The first drawing comes in short tasks; the map says when it is complete.
  await expect(page.locator('svg.map-svg')).not.toHaveAttribute('aria-busy', 'true');
}

test.describe('browsing the backbone', () => {
  test('the map draws land, cables, PoPs and IXPs without console errors', async ({ page }) => {
    const problems = watchPage(page);
    await openMap(page);
    expect(await cableCount(page)).toBeGreaterThanOrEqual(40);
    expect(await page.locator('svg [data-kind="metro"]').count()).toBeGreaterThanOrEqual(60);
    expect(await page.locator('svg [data-kind="ixp"]').count()).toBeGreaterThanOrEqual(30);
    await expect(page.locator('path.land').first()).toHaveAttribute('d', /.{1000}/);
    expect(problems).toEqual([]);
  });

  test('searching an alias finds the cable and opens its details', async ({ page }) => {
    const problems = watchPage(page);
    await openMap(page);
    const search = page.getByRole('combobox', { name: /Search/ });
    await search.fill('SMW4');
    await expect(page.getByRole('option').first()).toContainText('SEA-ME-WE 4');
    await search.press('Enter');
    const details = page.getByRole('complementary', { name: /Details: SEA-ME-WE 4/ });
    await expect(details).toBeVisible();
    await expect(details).toContainText('Ready for service');
    await expect(details.getByRole('heading', { name: /Landing points/ })).toBeVisible();
    // The map zoomed to the cable.
    await expect(page.locator('.map-svg > g')).toHaveAttribute('transform', /scale\((?!1\))/);
    expect(problems).toEqual([]);
  });

  test('clicking a cable on the map selects it, and its landing point links work', async ({ page }) => {
    await openMap(page);
    // A real click with the mouse on a city's marker, as a person does: the first city not covered by another marker.
    const metroId = await page.locator('svg [data-kind="metro"]').evaluateAll((markers) => {
      for (const el of markers) {
        const r = el.getBoundingClientRect();
        // The map may sit in a shadow root (the embed): ask the root the marker belongs to.
        const root = el.getRootNode() as Document | ShadowRoot;
        if (root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el) return el.getAttribute('data-id');
      }
      return null;
    });
    const box = (await page.locator(`svg [data-kind="metro"][data-id="${metroId}"]`).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('complementary', { name: /^Details: / })).toContainText('City');
    const cable = page.locator('svg .cables [data-kind="cable"]').first();
    const id = await cable.getAttribute('data-id');
    await cable.locator('.hit').dispatchEvent('click');
    const details = page.getByRole('complementary', { name: /Details:/ });
    await expect(details).toBeVisible();
    await expect(page.locator(`svg .selection .selected`)).toHaveCount(1);
    expect(id).toBeTruthy();
    await details.getByRole('heading', { name: /Landing points/ }).scrollIntoViewIfNeeded();
    await details.locator('.entity-list').last().getByRole('button').first().click();
    await expect(page.getByRole('complementary', { name: /Details:/ })).toContainText('Landing point');
  });

  test('a layer can be switched off and on', async ({ page }) => {
    await openMap(page);
    const before = await cableCount(page);
    await page.getByRole('checkbox', { name: 'Submarine cables' }).uncheck();
    await expect(page.locator('svg .cables')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Submarine cables' }).check();
    expect(await cableCount(page)).toBe(before);
  });

  test('the projection can be changed to the globe, which turns when dragged', async ({ page }) => {
    const problems = watchPage(page);
    await openMap(page);
    await page.getByRole('combobox', { name: 'Map projection' }).selectOption('orthographic');
    await expect(page.locator('svg.projection-orthographic')).toBeVisible();
    // The land is drawn in pieces: the globe has turned when their outlines, taken together, change.
    const land = () => page.locator('path.land').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(' '));
    const before = await land();
    const box = (await page.locator('svg.map-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(land).not.toBe(before);
    await page.getByRole('combobox', { name: 'Map projection' }).selectOption('equal-earth');
    await expect(page.locator('svg.projection-equal-earth')).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('the year slider shows the backbone of earlier years', async ({ page }) => {
    await openMap(page);
    const now = await cableCount(page);
    const slider = page.getByRole('slider', { name: /Year/ });
    await slider.fill('2000');
    await expect(page.locator('[role=tabpanel]:not([hidden]) .year output')).toHaveText('2000');
    const then = await cableCount(page);
    expect(then).toBeGreaterThan(0);
    expect(then).toBeLessThan(now);
  });

  test('keyboard zoom: + zooms in, 0 resets, quick presses add up', async ({ page }) => {
    await openMap(page);
    const svg = page.locator('svg.map-svg');
    await svg.focus();
    await page.keyboard.press('+');
    await expect(page.locator('.map-svg > g')).toHaveAttribute('transform', /scale\(1\.6\)/);
    await page.keyboard.press('0');
    await expect(page.locator('.map-svg > g')).toHaveAttribute('transform', /scale\(1\)/);
    // A second press while the first still moves adds its step (1.6 × 1.6), as holding the key does.
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect(page.locator('.map-svg > g')).toHaveAttribute('transform', /scale\(2\.56/);
  });

  test('zoomed in, the cities are named and no name covers another', async ({ page }) => {
    await openMap(page);
    await expect(page.locator('text.label')).toHaveCount(0);
    const svg = page.locator('svg.map-svg');
    await svg.focus();
    // Two steps (×2.56) name the best-connected cities; two more (×6.55), most of them. The names are compared once
    // the zoom has come to rest: while it moves, the map is scaled as a picture and everything in it with it.
    for (const [scale, atLeast] of [
      [/scale\(2\.56/, 20],
      [/scale\(6\.55/, 150],
    ] as const) {
      for (let i = 0; i < 2; i++) await page.keyboard.press('+');
      await expect(page.locator('.map-svg > g')).toHaveAttribute('transform', scale);
      await expect.poll(() => page.locator('text.label').count()).toBeGreaterThanOrEqual(atLeast);
      const overlapping = await page.locator('text.label').evaluateAll((texts) => {
        const boxes = texts.map((t) => ({ name: t.textContent, box: t.getBoundingClientRect() }));
        const pairs: string[] = [];
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) pairs.push(`${a.name} / ${b.name}`);
          }),
        );
        return pairs;
      });
      expect(overlapping).toEqual([]);
    }
  });

  test('on a phone the details open as a bottom sheet', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openMap(page);
    const search = page.getByRole('combobox', { name: /Search/ });
    await search.fill('London');
    await search.press('Enter');
    const details = page.getByRole('complementary', { name: /Details: London/ });
    await expect(details).toBeVisible();
    const box = (await details.boundingBox())!;
    expect(box.width).toBeGreaterThan(360);
    expect(box.y + box.height).toBeGreaterThan(640);
  });
});
