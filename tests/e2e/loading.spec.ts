import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// The dataset is fetched, validated and normalised in the engine's worker, and only its records come back to
// the page (#16.1). These tests watch what the page and its worker say to each other, so that they prove where
// the work happened rather than how long it took (which a busy machine cannot promise).

const tiny = JSON.parse(readFileSync('tests/fixtures/tiny.json', 'utf8')) as { metros: { lat: number }[]; pops: object[] };

/** Records, in the page, the type of every request posted to a worker and a summary of every message back. */
const SPY = `(() => {
  const Native = window.Worker;
  const log = (window.__worker = { sent: [], parts: 0, problems: [] });
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      this.addEventListener('message', (event) => {
        const data = event.data;
        if (data && data.part) log.parts++;
        if (data && data.ok && data.result && data.result.ok === false) log.problems.push(...data.result.problems.map((p) => p.message));
      });
    }
    postMessage(message, ...rest) {
      log.sent.push(message && message.type);
      return super.postMessage(message, ...rest);
    }
  };
})()`;

type WorkerLog = { sent: string[]; parts: number; problems: string[] };
const workerLog = (page: Page) => page.evaluate(() => (window as unknown as { __worker: WorkerLog }).__worker);

async function openWith(page: Page, path: string, dataset: unknown) {
  await page.addInitScript(SPY);
  const body = JSON.stringify(dataset);
  await page.route('**/backbone*.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(path);
}

for (const [where, path] of [
  ['the app', '/'],
  ['the whole explorer as one element', '/examples/explorer.html'],
] as const) {
  test.describe(`loading the dataset in ${where}`, () => {
    test('goes through the engine worker: the page receives the records in parts and never sends the dataset back', async ({ page }) => {
      await openWith(page, path, tiny);
      await expect(page.locator('svg.map-svg .cables [data-kind="cable"]').first()).toBeAttached();
      const log = await workerLog(page);
      expect(log.sent[0]).toBe('load');
      expect(log.sent).not.toContain('init');
      expect(log.parts).toBeGreaterThan(0);
    });

    test("an invalid dataset's problems come from the worker's validation and are shown", async ({ page }) => {
      const broken = structuredClone(tiny);
      broken.metros[1]!.lat = 123;
      await openWith(page, path, broken);
      await expect(page.getByRole('alert')).toContainText('latitude must be between -90 and 90');
      const log = await workerLog(page);
      expect(log.sent).toEqual(['load']);
      expect(log.problems).toContainEqual(expect.stringContaining('latitude must be between -90 and 90'));
    });

    test('a dataset past the size limit is refused with one clear message, not a hang', async ({ page }) => {
      const huge = structuredClone(tiny);
      huge.pops = Array.from({ length: 50_001 }, (_, i) => ({ ...tiny.pops[0], id: `pop-${i}` }));
      await openWith(page, path, huge);
      await expect(page.getByRole('alert')).toContainText('the dataset is too large: 50,');
      const log = await workerLog(page);
      expect(log.problems).toEqual([expect.stringContaining('more than the 50,000 the explorer takes')]);
    });
  });
}

test('where the browser refuses workers, the dataset loads and the engine runs on the page (loaded from the worker file as a script), and the console says so', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // A page whose browser will not start the worker (a cross-origin script, a policy without workers).
  await page.addInitScript(() => {
    (window as unknown as { Worker: unknown }).Worker = class {
      constructor() {
        throw new Error('workers are refused here');
      }
    };
  });
  await page.goto('/examples/explorer.html?cut=cable:marea');
  await expect(page.locator('svg.map-svg .cables [data-kind="cable"]').first()).toBeAttached();
  await page.getByRole('tab', { name: 'Failover' }).click();
  await expect(page.locator('.impact .model-line')).toBeVisible({ timeout: 60_000 });
  expect(warnings.some((w) => w.includes('the engine worker is not available'))).toBe(true);
  // The engine came from the worker file, loaded as a script; the page never answers messages meant for a worker.
  expect(await page.evaluate(() => typeof (globalThis as { BackboneEngine?: { pageEngine?: unknown } }).BackboneEngine?.pageEngine)).toBe('function');
  expect(await page.evaluate(() => window.onmessage)).toBeNull();
});

test('where the engine file cannot be had at all, the explorer says which file it could not load, instead of a half-working map', async ({ page }) => {
  // The embed script carries neither the engine nor the validator (they live in the worker file, to keep it small):
  // without that file it can neither check the dataset nor simulate, and says so.
  await page.route('**/backbone-engine.worker.js', (route) => route.fulfill({ status: 404, body: 'no engine here' }));
  await page.goto('/examples/explorer.html?cut=cable:marea');
  await expect(page.getByRole('alert')).toContainText(/could not be loaded: .*backbone-engine\.worker\.js/, { timeout: 60_000 });
  await expect(page.locator('svg.map-svg .cables [data-kind="cable"]')).toHaveCount(0);
});
