import { expect, test } from '@playwright/test';
import { explorerUrl } from './explorerPage';

test.describe('routing trust', () => {
  test('a replay shades the reported region: YouTube 2008 nearly every country; RTComm 2022, with ROV at the Tier 1s as at the time, none', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(explorerUrl());
    await expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
    await page.getByRole('tab', { name: 'Routing trust' }).click();
    const panel = page.getByRole('region', { name: 'Routing trust: hijacks and route leaks' });
    await panel.getByRole('combobox', { name: 'Replay an incident' }).selectOption('youtube-pakistan-2008');
    // YouTube 2008, reported "unreachable from most, if not all, of the Internet": the model shades nearly every country.
    await expect(panel.locator('.trust-summary')).toContainText(/\d+ countries and \d+ networks/, { timeout: 60_000 });
    await expect(page.locator('.trust-layer[data-event="youtube-pakistan-2008"] [data-country="US"]')).toBeAttached();
    await expect(page.locator('.trust-layer [data-country="DE"]')).toBeAttached();
    expect(await page.locator('.trust-layer .trust-captured').count()).toBeGreaterThan(100);
    await expect(page.getByText('Traffic pulled away')).toBeVisible();

    // RTComm 2022 with ROV at the Tier 1s, as at the time: reported "didn't propagate far"; no country is shaded.
    await panel.getByRole('combobox', { name: 'Replay an incident' }).selectOption('rtcomm-twitter-2022');
    await expect(panel.locator('.trust-summary')).toContainText('No country’s traffic is pulled away; only these networks take the bad route: MTS (AS8359).', { timeout: 60_000 });
    await expect(page.locator('.trust-layer .trust-captured')).toHaveCount(0);
    await expect(panel.getByRole('link', { name: 'kentik.com' })).toBeAttached();
    expect(errors).toEqual([]);
  });
});
