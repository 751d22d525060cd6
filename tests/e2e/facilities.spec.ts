import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { explorerUrl } from './explorerPage';

const facilities = (page: Page) => page.locator('svg .facilities [data-kind="facility"]');

/** Opens the app with a query and waits until the map's first drawing is complete. */
async function openMap(page: Page, query = '') {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(explorerUrl(query));
  await expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
  await expect(page.locator('svg.map-svg')).not.toHaveAttribute('aria-busy', 'true');
  return errors;
}

test.describe('data centres and cloud regions', () => {
  test('their layer is switched on from the legend and a click on a diamond opens its details', async ({ page }) => {
    const errors = await openMap(page);
    await expect(facilities(page)).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Data centres and cloud regions' }).check();
    await expect.poll(() => facilities(page).count()).toBeGreaterThanOrEqual(200);
    // A real click with the mouse, on the first diamond no other marker covers.
    const id = await facilities(page).evaluateAll((markers) => {
      for (const el of markers) {
        const r = el.getBoundingClientRect();
        const root = el.getRootNode() as Document | ShadowRoot;
        if (root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el) return el.getAttribute('data-id');
      }
      return null;
    });
    expect(id).toBeTruthy();
    const box = (await page.locator(`svg [data-kind="facility"][data-id="${id}"]`).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const details = page.getByRole('complementary', { name: /^Details: / });
    await expect(details).toContainText('Operator');
    await expect(details).toContainText(/Opened\s*(\d{4}|opening year unknown)/);
    await expect(details.getByRole('heading', { name: /Routes start and end in its city/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the SVG download draws them as diamonds without the stylesheet', async ({ page }) => {
    await openMap(page, 'layers=submarine,facilities');
    const drawn = await facilities(page).count();
    expect(drawn).toBeGreaterThanOrEqual(200);
    await page.locator('.share-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download map (SVG)' }).click()]);
    const svg = await readFile((await download.path())!, 'utf8');
    // Each diamond is a sized square turned 45° about its own centre.
    const diamonds = [...svg.matchAll(/<rect [^>]*transform="rotate\(45 [-\d.]+ [-\d.]+\)"[^>]*>/g)].filter((m) => /width="[\d.]*[1-9]/.test(m[0]));
    expect(diamonds.length).toBe(drawn);
  });

  test('a URL selects a cloud region and routes from it: select=facility:ID, route=ID,ID', async ({ page }) => {
    const errors = await openMap(page, 'layers=submarine,facilities&select=facility:aws-us-east-1&route=aws-us-east-1,azure-westeurope');
    const details = page.getByRole('complementary', { name: 'Details: AWS US East (N. Virginia)' });
    await expect(details).toContainText('us-east-1');
    await expect(details).toContainText('Amazon Web Services');
    await expect(details).toContainText('2006');
    await expect(page.locator('svg .selection .point-highlight')).toHaveCount(1);
    await page.getByRole('tab', { name: 'Failover' }).click();
    const inspector = page.getByRole('region', { name: 'Route inspector' });
    await expect(inspector.getByRole('combobox', { name: 'From' })).toHaveValue('aws-us-east-1');
    await expect(inspector.getByText('RTT now')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
