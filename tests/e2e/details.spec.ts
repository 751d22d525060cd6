import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Issue #18.9: the first map loads only what it needs (the first-map file); the details file (sources, notes,
// incidents' reports) comes when first needed, or in idle time once the map is drawn. These tests prove the
// order of events from inside the page, and never wait for a time.

const marea = (JSON.parse(readFileSync('data/backbone.json', 'utf8')) as { cables: { id: string; sources: string[] }[] }).cables.find((c) => c.id === 'marea')!;
const mareaSite = new URL(marea.sources[0]!).hostname.replace(/^www\./, '');
const DETAILS = /backbone-details\.[0-9a-f]+\.json$/;

/**
 * Records in the page when the first cable is on the map (checked once a frame, in the explorer's shadow root if
 * any) and when each details file is fetched, along with CSP violations and page errors.
 */
const RECORDER = `(() => {
  const log = (window.__log = { firstMap: null, details: [], violations: [] });
  document.addEventListener('securitypolicyviolation', (e) => log.violations.push(e.violatedDirective + ' ' + e.blockedURI), true);
  const fetchNative = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/backbone-details/.test(url)) log.details.push({ url, at: performance.now() });
    return fetchNative.call(this, input, init);
  };
  const check = () => {
    const root = document.querySelector('backbone-explorer')?.shadowRoot ?? document;
    if (root.querySelector('svg.map-svg .cables [data-kind="cable"]')) log.firstMap = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;
type Log = { firstMap: number | null; details: { url: string; at: number }[]; violations: string[] };
const readLog = (page: Page) => page.evaluate(() => (window as unknown as { __log: Log }).__log);

async function open(page: Page, path: string) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(RECORDER);
  await page.goto(path);
  return errors;
}

async function openCable(page: Page, query: string, name: RegExp) {
  const search = page.getByRole('combobox', { name: /Search/ });
  await search.fill(query);
  await expect(page.getByRole('option').first()).toContainText(name);
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: new RegExp(`Details: ${name.source}`) });
  await expect(details).toBeVisible();
  return details;
}

for (const [where, path] of [
  ['the app', '/'],
  ["the whole explorer as one element, under default-src 'self'", '/examples/explorer.html'],
] as const) {
  test.describe(`the first map and its details in ${where}`, () => {
    test('the first map appears before the details file is asked for; a cable’s details show its sources from it', async ({ page }) => {
      const errors = await open(page, path);
      await expect(page.locator('svg.map-svg .cables [data-kind="cable"]').first()).toBeAttached();
      await expect.poll(async () => (await readLog(page)).firstMap).not.toBeNull();
      const details = await openCable(page, 'MAREA', /MAREA/);
      await expect(details.getByRole('heading', { name: 'Sources' })).toBeVisible();
      await expect(details.getByRole('link', { name: mareaSite })).toBeVisible();
      const log = await readLog(page);
      // Asked once (in idle time after the map, or by the panel), and never before the first map was on screen.
      expect(log.details).toHaveLength(1);
      expect(log.details[0]!.url).toMatch(DETAILS);
      expect(log.details[0]!.at).toBeGreaterThan(log.firstMap!);
      expect(log.violations).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('a details panel says “Loading sources…” until the details arrive, then shows them', async ({ page }) => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(DETAILS, async (route) => {
        await released;
        await route.continue();
      });
      await open(page, `${path}?select=cable:marea`);
      const details = page.getByRole('complementary', { name: /Details: MAREA/ });
      await expect(details.getByRole('status').filter({ hasText: 'Loading sources…' })).toBeVisible();
      await expect(details).toContainText('Ready for service');
      release();
      await expect(details.getByRole('link', { name: mareaSite })).toBeVisible();
      await expect(details.getByText('Loading sources…')).toHaveCount(0);
    });

    test('details that cannot be fetched are said in the panel, with a button that tries again', async ({ page }) => {
      let failing = true;
      await page.route(DETAILS, (route) => (failing ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
      const errors = await open(page, `${path}?select=cable:marea`);
      const details = page.getByRole('complementary', { name: /Details: MAREA/ });
      await expect(details.getByRole('alert')).toContainText('The sources could not be loaded: could not fetch the details from');
      await expect(details.getByRole('alert')).toContainText('HTTP 503');
      await expect(page.locator('svg.map-svg .cables [data-kind="cable"]').first()).toBeAttached();
      failing = false;
      await details.getByRole('button', { name: 'Try again' }).click();
      await expect(details.getByRole('link', { name: mareaSite })).toBeVisible();
      expect(errors).toEqual([]);
    });
  });
}

test('a dataset given as one full file (data-src) is validated in full and shows its sources without a details file', async ({ page }) => {
  const errors = await open(page, '/examples/explorer.html?data-src=../data/backbone.json&select=cable:marea');
  const details = page.getByRole('complementary', { name: /Details: MAREA/ });
  await expect(details.getByRole('link', { name: mareaSite })).toBeVisible();
  await expect(page.locator('svg.map-svg .cables [data-kind="cable"]').first()).toBeAttached();
  const log = await readLog(page);
  expect(log.details).toEqual([]);
  expect(errors).toEqual([]);
});

test('an incident’s card shows what was reported and its sources once the details are there', async ({ page }) => {
  const incidents = (JSON.parse(readFileSync('data/backbone.json', 'utf8')) as { incidents: { id: string; name: string; reported: string; sources: string[] }[] }).incidents;
  const incident = incidents.find((i) => i.sources.some((s) => s.startsWith('https://')))!;
  await open(page, `/?incident=${incident.id}`);
  const card = page.getByRole('article', { name: new RegExp(`Incident: ${incident.name.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(card).toContainText(incident.reported.slice(0, 40));
  await expect(card.locator('.sources-inline a').first()).toBeVisible();
});

test('a carrier’s details say whether its PoPs were checked against its own published list, and link to the list', async ({ page }) => {
  const carriers = (JSON.parse(readFileSync('data/backbone.json', 'utf8')) as { carriers: { id: string; name: string; popList?: { url: string; year: number } }[] }).carriers;
  const listed = carriers.find((c) => c.popList && c.popList.year >= 2020)!;
  const unlisted = carriers.find((c) => !c.popList && c.id !== listed.id)!;
  const errors = await open(page, `/?select=carrier:${listed.id}`);
  const details = page.getByRole('complementary', { name: `Details: ${listed.name}` });
  const fact = details.locator('dt', { hasText: /^PoP list$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(fact).toContainText(`Complete against its own list (${listed.popList!.year})`);
  await expect(fact.getByRole('link')).toHaveAttribute('href', listed.popList!.url);
  await page.goto(`/?select=carrier:${unlisted.id}`);
  const other = page.getByRole('complementary', { name: `Details: ${unlisted.name}` });
  await expect(other.locator('dt', { hasText: /^PoP list$/ }).locator('xpath=following-sibling::dd[1]')).toHaveText(/^No published list found/);
  expect(errors).toEqual([]);
});
