import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { explorerUrl } from './explorerPage';

/** Opens the app, waits for the map, and swaps it for the table. */
async function openTable(page: Page): Promise<Locator> {
  await page.goto(explorerUrl());
  await expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  return table;
}

/** The numbers in one column, top to bottom; null where the table shows "–". */
const columnNumbers = (table: Locator, index: number) =>
  table.locator(`tbody tr > :nth-child(${index + 1})`).evaluateAll((cells) =>
    cells.map((c) => {
      const text = (c.textContent ?? '').replace(/[^\d.]/g, '');
      return text ? Number(text) : null;
    }),
  );

test.describe('the table beside the map', () => {
  test('switch to Table, sort cables by length (longest first by keyboard), and open a row’s details', async ({ page }) => {
    const table = await openTable(page);
    await expect(page.locator('svg.map-svg')).toHaveCount(0);
    const length = table.getByRole('columnheader', { name: /^Length/ });
    await length.getByRole('button').click();
    await expect(length).toHaveAttribute('aria-sort', 'ascending');
    await length.getByRole('button').press('Enter');
    await expect(length).toHaveAttribute('aria-sort', 'descending');

    // Longest first, the cables without a published length last.
    const lengths = await columnNumbers(table, 3);
    const known = lengths.filter((n): n is number => n !== null);
    expect(known.length).toBeGreaterThan(40);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(lengths.slice(0, known.length)).toEqual(known);

    const first = table.getByRole('rowheader').first();
    const name = (await first.textContent()) ?? '';
    await first.getByRole('button').click();
    const details = page.getByRole('complementary', { name: `Details: ${name}` });
    await expect(details).toBeVisible();
    await expect(details).toContainText('Length');
    await expect(first.getByRole('button')).toHaveAttribute('aria-current', 'true');

    // Back to the map: it is drawn again, with the same record still selected.
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Map' }).click();
    await expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
    await expect(details).toBeVisible();
  });

  test('on a phone the table scrolls inside its own box and the page never scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openTable(page);
    const widths = await page.evaluate(() => {
      const box = document.querySelector('.table-scroll')!;
      return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, inner: box.scrollWidth, box: box.clientWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.inner).toBeGreaterThan(widths.box);
  });
});
