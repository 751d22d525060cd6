import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// An axe-core audit against WCAG 2.0, 2.1 and 2.2 (A and AA) and axe's best practices, on each page
// a reader meets: the app in its states, the embeds and the example pages. axe reaches into the
// embeds' open shadow roots.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const mapDrawn = (page: Page) => expect(page.locator('svg .cables [data-kind="cable"]').first()).toBeAttached();

test.describe('accessibility audit (axe-core)', () => {
  test('the app: the map, the failover tab with a cut, and a cable’s details, dark and light', async ({ page }) => {
    // Three full audits and two loads of the app, each computing its baseline in the worker.
    test.slow();
    await page.goto('/?cut=cable:sea-me-we-4&select=cable:2africa');
    await mapDrawn(page);
    await expect(page.getByRole('complementary', { name: 'Details: 2Africa' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Failover' }).click();
    await expect(page.getByRole('region', { name: 'Impact' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.goto('/?theme=light&lang=de');
    await mapDrawn(page);
    expect(await violations(page)).toEqual([]);
  });

  test('the app: an incident replayed, a route inspected, and the embed-code dialog open in the light theme', async ({ page }) => {
    // Three full audits of a page with a replay's impact and a route drawn: on a busy 2-core machine one takes over 20 s.
    test.slow();
    await page.goto('/?incident=mediterranean-2008&route=mumbai,london');
    await mapDrawn(page);
    await page.getByRole('tab', { name: 'Failover' }).click();
    await expect(page.getByRole('article', { name: /^Incident:/ })).toContainText('Simulated:');
    await expect(page.getByRole('region', { name: 'Route inspector' })).toContainText('Fibre floor');
    expect(await violations(page)).toEqual([]);
    // The severity tags (severe, moderate) take the theme's colours: the light theme's must read on white too.
    await page.getByRole('button', { name: 'Switch to the light theme' }).click();
    await expect(page.locator('.severity-tag-moderate').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy embed code…' }).click();
    await expect(page.getByRole('dialog', { name: 'Embed this view' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the app: the Routing trust tab with a simulation of one’s own, sent from the keyboard, dark and light', async ({ page }) => {
    // Two full audits, and a year's AS graph built in the worker.
    test.slow();
    await page.goto('/?bgp-hijack=google,ptcl,more-specific');
    await mapDrawn(page);
    const panel = page.getByRole('region', { name: 'Routing trust: hijacks and route leaks' });
    await expect(panel.getByRole('heading', { name: 'Hijack: your own simulation' })).toBeVisible({ timeout: 60_000 });
    expect(await violations(page)).toEqual([]);
    // The same-length hijack instead, sent from the keyboard: Tab from the attacker reaches Simulate, Enter sends it.
    const form = page.getByRole('form', { name: 'Try your own' });
    await form.getByRole('combobox', { name: 'What happens' }).selectOption('hijack');
    await form.getByRole('combobox', { name: 'Attacker' }).focus();
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Simulate' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.locator('.trust-result')).toContainText('PTCL (AS17557) announces 216.58.192.0/19 (legitimate origin', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Switch to the light theme' }).click();
    expect(await violations(page)).toEqual([]);
  });

  test('the app: the table view with a row selected, dark and light, and on a phone', async ({ page }) => {
    // Three full audits of a table of every exchange.
    test.slow();
    await page.goto('/');
    await mapDrawn(page);
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Table' }).click();
    await page.getByRole('group', { name: 'Lists' }).getByRole('button', { name: 'IXPs' }).click();
    const first = page.getByRole('table').getByRole('rowheader').first();
    await first.getByRole('button').click();
    await expect(page.getByRole('complementary', { name: /^Details:/ })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Switch to the light theme' }).click();
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 667 });
    await page.getByRole('button', { name: 'Close details' }).click();
    expect(await violations(page)).toEqual([]);
  });

  test('the app on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto('/?select=metro:london');
    await mapDrawn(page);
    expect(await violations(page)).toEqual([]);
  });

  test('an article with the explorer in an iframe: its landmarks stay apart from the host page’s', async ({ page }) => {
    await page.goto('/examples/iframe-host.html');
    await expect(page.frameLocator('#embed').locator('svg .cables [data-kind="cable"]').first()).toBeAttached();
    expect(await violations(page)).toEqual([]);
  });

  for (const path of ['/examples/glossary.html', '/examples/explorer.html?lang=de&select=cable:marea', '/examples/api.html', '/embed.html?concept=bgp-failover']) {
    test(`${path}`, async ({ page }) => {
      await page.goto(path);
      await mapDrawn(page);
      expect(await violations(page)).toEqual([]);
    });
  }
});
