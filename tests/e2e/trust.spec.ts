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
    // The map follows the event: the year slider stands at 2008.
    await expect(page.getByRole('slider', { name: /Year/ })).toHaveValue('2008');

    // RTComm 2022 with ROV at the Tier 1s, as at the time: reported "didn't propagate far"; no country is shaded.
    await panel.getByRole('combobox', { name: 'Replay an incident' }).selectOption('rtcomm-twitter-2022');
    await expect(panel.locator('.trust-summary')).toContainText('No country’s traffic is pulled away; only these networks take the bad route: MTS (AS8359).', { timeout: 60_000 });
    await expect(page.locator('.trust-layer .trust-captured')).toHaveCount(0);
    await expect(page.getByRole('slider', { name: /Year/ })).toHaveValue('2022');
    await expect(panel.getByRole('link', { name: 'kentik.com' })).toBeAttached();
    expect(errors).toEqual([]);
  });

  test('try your own: picking an origin and an attacker shades the countries it takes and sends their packets to the attacker', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(explorerUrl());
    await expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
    await page.getByRole('tab', { name: 'Routing trust' }).click();
    const form = page.getByRole('form', { name: 'Try your own' });
    await form.getByRole('combobox', { name: 'Victim: an origin network or a recorded block' }).selectOption('google');
    const attacker = form.getByRole('combobox', { name: 'Attacker' });
    // The networks come from the engine, once it has the year's AS graph.
    await expect(attacker.locator('option[value="ptcl"]')).toBeAttached({ timeout: 60_000 });
    await attacker.selectOption('ptcl');
    await form.getByRole('combobox', { name: 'What happens' }).selectOption('more-specific');
    await form.getByRole('button', { name: 'Simulate' }).click();

    const panel = page.getByRole('region', { name: 'Routing trust: hijacks and route leaks' });
    await expect(panel.getByRole('heading', { name: 'Hijack: your own simulation' })).toBeVisible({ timeout: 60_000 });
    await expect(panel.locator('.trust-summary')).toContainText(/\d+ countries and \d+ networks/);
    expect(await page.locator('.trust-layer .trust-captured').count()).toBeGreaterThan(10);
    // Packets: the captured countries' traffic runs to PTCL, in its own colour, said in the legend.
    const packets = page.getByTestId('packets');
    await expect(packets).not.toHaveAttribute('data-diverted-flows', '0');
    expect(Number(await packets.getAttribute('data-diverted-flows'))).toBeGreaterThan(10);
    await expect(page.locator('.trust-legend')).toContainText('Packets diverted to the attacker');

    // The shared link brings the same simulation back.
    await expect(page).toHaveURL(/bgp-hijack=google,ptcl,more-specific/);
    expect(errors).toEqual([]);
  });

  test('a bgp-leak link opens that leak: the packets of the countries it takes run through the leaker, the others’ to the origin', async ({ page }) => {
    await page.goto(explorerUrl('bgp-leak=google-216-58-192-0-19,mainone-net,google,china-telecom&bgp-rov=none'));
    const panel = page.getByRole('region', { name: 'Routing trust: hijacks and route leaks' });
    await expect(panel.getByRole('heading', { name: 'Route leak: your own simulation' })).toBeVisible({ timeout: 60_000 });
    const packets = page.getByTestId('packets');
    await expect(packets).not.toHaveAttribute('data-diverted-flows', '0');
    await expect(packets).not.toHaveAttribute('data-origin-flows', '0');
  });
});
