import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { HOSTILE_SAMPLES, withHostileStrings } from '../fixtures/hostileStrings';
import { tinyDataset } from '../fixtures/loadFixture';

// Issue #16.4 in a real layout engine: with hostile strings in every text field (100,000-character tokens,
// right-to-left text, zero-width characters, markup), no details panel scrolls sideways or pushes anything past
// its edge, shortened or shown whole.

const { dataset } = withHostileStrings(tinyDataset(), (n) => HOSTILE_SAMPLES[n % HOSTILE_SAMPLES.length]!);
const RECORDS = [
  ...dataset.cables.map((r) => `cable:${r.id}`),
  ...dataset.terrestrialLinks.map((r) => `link:${r.id}`),
  ...dataset.metros.map((r) => `metro:${r.id}`),
  ...dataset.ixps.map((r) => `ixp:${r.id}`),
  ...dataset.landingPoints.map((r) => `landingPoint:${r.id}`),
  ...dataset.carriers.map((r) => `carrier:${r.id}`),
  ...[...new Set(dataset.metros.map((m) => m.country))].map((c) => `country:${c}`),
];

/** What overflows a panel sideways: its own scroll width, and any element whose box passes its edges. */
function sidewaysOverflow(page: Page, selector = 'aside.details') {
  return page.evaluate((selector) => {
    const panel = document.querySelector<HTMLElement>(selector)!;
    const box = panel.getBoundingClientRect();
    const out: string[] = [];
    for (const el of [panel, ...panel.querySelectorAll<HTMLElement>('.details-body, header')]) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className || el.localName} scrolls: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    for (const el of panel.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) out.push(`<${el.localName} class="${el.className}"> spans ${Math.round(r.left)}–${Math.round(r.right)}, the panel ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    return out.slice(0, 5);
  }, selector);
}

async function selectByUrl(page: Page, ref: string) {
  const before = await page.locator('aside.details h2').textContent();
  await page.evaluate((select) => {
    window.history.pushState(null, '', `/?select=${encodeURIComponent(select)}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, ref);
  await expect(page.locator('aside.details h2')).not.toHaveText(before ?? '');
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
]) {
  test(`at ${viewport.width}×${viewport.height} no details panel scrolls sideways with hostile strings, shortened or shown whole`, async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(viewport);
    await page.route(/\/assets\/backbone-[^/]*\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
    await page.goto(`/?select=${RECORDS[0]}`);
    await expect(page.locator('aside.details h2')).toBeVisible();
    // The carriers' names in the controls (a colour key and a filter) wrap too.
    if (viewport.width > 800) expect(await sidewaysOverflow(page, '.controls')).toEqual([]);
    let longest = 0;
    let tallest = 0;
    for (const [i, ref] of RECORDS.entries()) {
      if (i > 0) await selectByUrl(page, ref);
      expect(await sidewaysOverflow(page), `${ref}, shortened`).toEqual([]);
      tallest = Math.max(tallest, await page.locator('aside.details').evaluate((el) => el.scrollHeight));
      const buttons = page.locator('aside.details button.show-whole[aria-expanded="false"]');
      while ((await buttons.count()) > 0) await buttons.first().click();
      expect(await sidewaysOverflow(page), `${ref}, shown whole`).toEqual([]);
      longest = Math.max(longest, await page.locator('aside.details').evaluate((el) => el.textContent!.length));
    }
    expect(errors).toEqual([]);
    // The whole values were shown: at least one 100,000-character token is in a panel, wrapped.
    expect(longest).toBeGreaterThan(100_000);
    // Shortened, a panel stays a panel (a 100,000-character value once made an incident card 56,540 px tall).
    expect(tallest).toBeLessThan(6000);
    console.log(`${RECORDS.length} panels at ${viewport.width}×${viewport.height}: none scrolls sideways; shortened, the tallest is ${tallest} px; the longest holds ${longest} characters shown whole`);
  });
}
