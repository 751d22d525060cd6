import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { explorerUrl } from './explorerPage';

async function openMap(page: Page) {
  await page.goto(explorerUrl());
  await expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
  // The first drawing comes in short tasks; the map says when it is complete.
  await expect(page.locator('svg.map-svg')).not.toHaveAttribute('aria-busy', 'true');
}

async function selectByName(page: Page, query: string, heading: RegExp) {
  const search = page.getByRole('combobox', { name: /Search/ });
  await search.fill(query);
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: heading });
  await expect(details).toBeVisible();
  return details;
}

test.describe('watching failover', () => {
  test('cutting a cable in the UI shows the impact; restoring it returns to the baseline', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openMap(page);
    const details = await selectByName(page, 'SMW4', /Details: SEA-ME-WE 4/);
    await details.getByRole('button', { name: 'Cut the whole cable' }).click();

    const cutList = page.getByRole('region', { name: /^Cut/ });
    await expect(cutList).toContainText('SEA-ME-WE 4');
    const impact = page.getByRole('region', { name: 'Impact' });
    await expect(impact).toBeVisible();
    await expect(impact.locator('.impact-counts')).toContainText('Flows rerouted');
    await expect(page.locator('.scenario .severed').first()).toBeAttached();
    await expect(page.locator('[aria-live="polite"]')).toContainText(/Cut SEA-ME-WE 4\..*rerouted/);

    await cutList.getByRole('button', { name: 'Restore all' }).click();
    await expect(page.getByRole('region', { name: 'Impact' })).toHaveCount(0);
    await expect(page.locator('.scenario .severed')).toHaveCount(0);
    await expect(page.locator('[aria-live="polite"]')).toContainText('Nothing is cut');
    expect(errors).toEqual([]);
  });

  test('a cut that changes no route but moves volume says so, rather than that traffic is unaffected', async ({ page }) => {
    // Rockabill (Ireland–Great Britain) carries part of some flows' volume (a parallel path of their networks) and no modelled route.
    await page.goto(explorerUrl('cut=cable:rockabill'));
    await page.getByRole('tab', { name: 'Failover' }).click();
    const impact = page.getByRole('region', { name: 'Impact' });
    await expect(impact).toContainText(/No modelled flow’s route used what is cut, but \d+ flows? had part of (its|their) volume on it/);
    await expect(impact).not.toContainText('traffic is unaffected');
    await impact.getByText(/minor: capacity cut or traffic moved, at a small cost/).click();
    await expect(impact.getByRole('button', { name: 'Ireland' }).locator('xpath=..')).toContainText(/moved to other paths of its networks; \d+ ?% of border capacity cut/);
  });

  test('right-clicking a cable on the map cuts the segment under the pointer', async ({ page }) => {
    await openMap(page);
    const hit = page.locator('svg .cables [data-kind="cable"] .hit').first();
    const id = await hit.locator('..').getAttribute('data-id');
    await hit.dispatchEvent('contextmenu', { button: 2, clientX: 0, clientY: 0 });
    await expect(page.getByRole('region', { name: /^Cut/ })).toContainText(/segment|cable/);
    expect(id).toBeTruthy();
  });

  test('cutting a corridor cuts every cable through it', async ({ page }) => {
    await openMap(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    await page.getByRole('button', { name: 'Red Sea and Bab-el-Mandeb' }).click();
    const cutList = page.getByRole('region', { name: /^Cut/ });
    await expect(cutList.getByRole('button', { name: /show all \d+/ })).toBeVisible();
    await cutList.getByRole('button', { name: /show all/ }).click();
    expect(await cutList.locator('li').count()).toBeGreaterThan(5);
    await expect(page.getByRole('region', { name: 'Impact' })).toBeVisible();
  });
});

test.describe('regions, routes and rankings', () => {
  test('a region picked on the map cuts what runs through it and draws the circle', async ({ page }) => {
    await openMap(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    await page.getByRole('button', { name: 'Pick a point on the map' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Click the map' })).toBeVisible();
    // Zoom to Singapore, where many cables meet, and click there.
    await page.getByRole('combobox', { name: /Search/ }).fill('Singapore');
    await page.getByRole('option', { name: /^Singapore\s*City/ }).click();
    await page.waitForTimeout(900);
    const point = await page.locator('svg [data-kind="metro"][data-id="singapore"]').boundingBox();
    await page.mouse.click(point!.x + point!.width / 2, point!.y + point!.height / 2);
    await expect(page.locator('.scenario .region')).toHaveCount(1);
    await expect(page.getByRole('region', { name: /^Cut/ }).getByRole('button', { name: /show all \d+/ })).toBeVisible();
  });

  test('a city chosen on the map becomes an end of the route inspector', async ({ page }) => {
    await openMap(page);
    const search = page.getByRole('combobox', { name: /Search/ });
    await search.fill('Tokyo');
    await search.press('Enter');
    await page.getByRole('button', { name: 'Route from here' }).click();
    await search.fill('Los Angeles');
    await search.press('Enter');
    await page.getByRole('button', { name: 'Route to here' }).click();
    const inspector = page.getByRole('region', { name: 'Route inspector' });
    await expect(inspector).toContainText('Fibre floor');
    await expect(page.locator('.scenario .inspector-route')).toHaveCount(1);
  });

  test('the route inspector shows the AS path between two real cities; a cut of a cable on it changes it, and the words name the network', async ({ page }) => {
    await openMap(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    const inspector = page.getByRole('region', { name: 'Route inspector' });
    await inspector.getByRole('combobox', { name: 'From' }).selectOption('frankfurt');
    await inspector.getByRole('combobox', { name: 'To' }).selectOption('tokyo');
    const hops = inspector.getByRole('list').first().getByRole('listitem');
    await expect(hops.first()).toContainText('Access networks in Germany');
    await expect(hops.last()).toContainText('Access networks in Japan');
    // The network between them carries the route: its name (before " AS…"), and its stretch in its colour on the map.
    const transit = ((await hops.nth(1).locator('strong').textContent()) ?? '').trim();
    expect(transit.length).toBeGreaterThan(0);
    await expect(page.locator('.scenario .inspector-stretch').first()).toBeAttached();
    const via = ((await inspector.locator('dt:text-is("Via") + dd').textContent()) ?? '').split(', ')[0]!.trim();
    await selectByName(page, via, new RegExp(`Details: ${via.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await page.getByRole('button', { name: 'Cut the whole cable' }).click();
    await page.getByRole('tab', { name: 'Failover' }).click();
    // Either the network rerouted inside its own fibre, or it withdrew the route: both name it.
    await expect(inspector.locator('.failover-words')).toContainText(transit, { timeout: 60_000 });
    await expect(inspector.getByRole('heading', { name: 'Before the cuts' })).toBeVisible();
    await expect(inspector.getByRole('heading', { name: 'Now' })).toBeVisible();
  });

  test('the N-1 ranking lists the most critical cables and highlights them on the map', async ({ page }) => {
    test.slow();
    await openMap(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    await page.getByRole('button', { name: /Rank cables/ }).click();
    // N-1 runs in the engine's worker: wait for its answer, however slow the machine.
    await expect(page.locator('.critical-list li')).toHaveCount(10, { timeout: 60_000 });
    await expect(page.locator('.scenario .critical')).toHaveCount(10);
  });
});

test.describe('incidents and motion', () => {
  test('replaying an incident sets its year, cuts its cables and puts the report beside the simulation', async ({ page }) => {
    await openMap(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    await page.getByRole('button', { name: /Hunga Tonga/ }).click();
    await expect(page.locator('.year output').first()).toHaveText('2022');
    const card = page.getByRole('article', { name: /Incident: Hunga Tonga/ });
    await expect(card).toContainText('Reported:');
    await expect(card).toContainText(/Simulated:.*cut off: Tonga/);
    await expect(page.getByRole('region', { name: /^Cut/ })).toContainText('Tonga Cable');
  });

  test('a replay runs on the network as it stood that day: 2Africa, first in service in June 2024, is neither drawn nor counted on 12 May 2024', async ({ page }) => {
    await openMap(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    await page.getByRole('button', { name: /EASSy and SEACOM cuts off KwaZulu-Natal/ }).click();
    await expect(page.locator('.year output').first()).toHaveText('2024');
    const card = page.getByRole('article', { name: /Incident: EASSy and SEACOM/ });
    await expect(card).toContainText('The network as it stood on 12 May 2024: left out, as not yet in service that day: 2Africa.');
    await expect(card).toContainText('Simulated:');
    await expect(page.locator('[data-kind="cable"][data-id="2africa"]')).toHaveCount(0);
    await expect(page.locator('[data-kind="cable"][data-id="eassy"]')).toHaveCount(1);
    // Out of the replay, the network of the year again: 2Africa is drawn in 2024.
    await page.getByRole('button', { name: 'Restore all' }).click();
    await expect(page.locator('[data-kind="cable"][data-id="2africa"]')).toHaveCount(1);
    await expect(card).toHaveCount(0);
  });

  test('the list offers every incident in the dataset, newest first, and a replay of an island cut off in 2024 says it fell back to satellite', async ({ page }) => {
    const { incidents } = JSON.parse(readFileSync('data/backbone.json', 'utf8')) as { incidents: { name: string; date: string }[] };
    const newest = [...incidents].sort((a, b) => b.date.localeCompare(a.date))[0]!;
    await openMap(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    const buttons = page.locator('.incidents .incident-button');
    await expect(buttons).toHaveCount(incidents.length);
    await expect(buttons.first()).toContainText(newest.name);
    await page.getByRole('button', { name: /Port Vila earthquake/ }).click();
    await expect(page.locator('.year output').first()).toHaveText('2024');
    const card = page.getByRole('article', { name: /Incident: Port Vila earthquake/ });
    await expect(card).toContainText(/Simulated:.*cut off: Vanuatu \(from fibre; on satellite backup/);
  });

  test('the Tonga replay of 2022 shows the country cut off from fibre falling back to satellite: the arc to its ground station and the panel\'s words', async ({ page }) => {
    await openMap(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    await page.getByRole('button', { name: /Hunga Tonga/ }).click();
    const card = page.getByRole('article', { name: /Incident: Hunga Tonga/ });
    await expect(card).toContainText(/Simulated:.*cut off: Tonga \(from fibre; on satellite backup: 1 Gbit\/s, [\d.]+ ?% of its demand, RTT \d+(\.\d)? ms\)/);
    const impact = page.getByRole('region', { name: 'Impact' });
    await expect(impact).toContainText(/on satellite backup: 1 Gbit\/s for [\d,.]+ Gbit\/s of demand, RTT \d+(\.\d)? ms/);
    await expect(page.locator('.scenario .satellite-hop[data-country="TO"]')).toBeAttached();
    await expect(page.locator('.map-legend li[data-swatch="satellite"]')).toContainText('Satellite backup');
    // Packets run on the hop too (slowly: see tests/views/SatelliteLine.test.tsx).
    await expect(page.getByTestId('packets')).toHaveAttribute('data-satellite-flows', '1');
  });

  test('packets animate on a canvas, and Pause stops them', async ({ page }) => {
    await openMap(page);
    const canvas = page.getByTestId('packets');
    await expect(canvas).toBeAttached();
    const painted = () => canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let lit = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) lit++;
      return lit;
    });
    await expect.poll(painted).toBeGreaterThan(200);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no animation loop runs: no packet canvas, and the routes are drawn still', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: number };
      w.__frames = 0;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => {
        w.__frames++;
        return raf(cb);
      };
    });
    await openMap(page);
    await expect(page.getByTestId('packets')).toHaveCount(0);
    await expect(page.locator('.animation-controls')).toContainText('Reduced motion');
    const before = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    await page.waitForTimeout(1000);
    const after = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    // Nothing asks for frames when nothing moves (d3 transitions may ask for a handful right after load).
    expect(after - before).toBeLessThan(5);
  });
});
