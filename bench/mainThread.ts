// npm run bench:main-thread — how long the page's own thread is blocked, in headless Chromium:
//  - loading: the first map and the longest task, with the shipped dataset and a synthetic one ten times larger;
//  - "Rank cables": the longest task on the host page of the whole explorer as one element (examples/explorer.html) and in the app;
//  - the year slider held down (12 presses of ←, a cable cut): from the last key press to the impact for the last year;
//  - the year slider a step at a time (←, a cable cut, the reader looking at each year's figures for READ_MS first):
//    from each key press to that year's impact (the engine works out the years beside the one shown once the year
//    has been moved, so the first step and the later ones are given apart).
// Builds nothing: run `npm run build` first. Serves dist/ with vite preview (BENCH_PORT, default 4342).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import type { Dataset } from '../src/data/schema';
import { syntheticDataset } from './synthetic';

const PRESSES = 12;
/** Steps of the slider taken one at a time, and how long a reader looks at a year's figures before the next. */
const STEPS = 4;
const READ_MS = 3000;
const server = await preview({ preview: { port: Number(process.env.BENCH_PORT ?? 4342), strictPort: false }, logLevel: 'silent' });
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4342/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Ten times the shipped metros, cables and links, in as many countries (as bench/run.ts builds it). */
function tenTimes(): string {
  const d = JSON.parse(readFileSync('data/backbone.json', 'utf8')) as Dataset;
  const countries = new Set(d.metros.map((m) => m.country)).size;
  const metros = d.metros.length * 10;
  return JSON.stringify(syntheticDataset({ metros, cables: d.cables.length * 10, links: d.terrestrialLinks.length * 10, seed: 11, metrosPerCountry: Math.ceil(metros / countries) }));
}

// Page scripts are strings: tsx rewrites functions with helpers that do not exist in the page.
const WATCH_TASKS = `(() => {
  window.__tasks = [];
  // When the dataset is asked of the worker: what comes after is loading the dataset, not starting the page.
  window.__loadAsked = null;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 'load' && window.__loadAsked === null) window.__loadAsked = performance.now();
    return post.call(this, message, ...rest);
  };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
})()`;
/** The longest task (> 50 ms, else 0) that started at or after `since` (page time). */
const longestSince = (page: Page, since: number) =>
  page.evaluate(`Math.max(0, ...window.__tasks.filter((t) => t.start + t.duration >= ${since}).map((t) => t.duration))`) as Promise<number>;
/** The longest task (> 50 ms, else 0) that started at or after `since`: not the one in which the page asked. */
const longestStartingFrom = (page: Page, since: number) =>
  page.evaluate(`Math.max(0, ...window.__tasks.filter((t) => t.start >= ${since}).map((t) => t.duration))`) as Promise<number>;
const now = (page: Page) => page.evaluate('performance.now()') as Promise<number>;
/**
 * Resolves in the page when `selector` matches at least `count` elements (in the explorer's shadow root, if any):
 * checked once a frame with one querySelectorAll, not by Playwright's polling, whose queries over the whole
 * DOM (shadow roots included) would themselves make long tasks on the page being measured.
 */
const shownInPage = (page: Page, selector: string, count = 1) =>
  page.evaluate(`new Promise((resolve) => {
    const check = () => {
      const root = document.querySelector('backbone-explorer')?.shadowRoot ?? document;
      if (root.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    check();
  })`) as Promise<number>;

async function open(path: string, body?: string, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion });
  page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
  if (body) await page.route('**/backbone*.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.addInitScript(WATCH_TASKS);
  await page.goto(new URL(path, base).href);
  return page;
}

async function loading(label: string, path: string, body?: string) {
  const page = await open(path, body);
  const firstMap = await shownInPage(page, 'svg.map-svg .cables [data-kind="cable"]');
  const wholeMap = await shownInPage(page, 'svg.map-svg:not([aria-busy="true"]) .cables [data-kind="cable"]');
  await page.waitForTimeout(2000); // the first impact
  const longest = await longestSince(page, 0);
  const asked = (await page.evaluate('window.__loadAsked')) as number | null;
  const loading = asked === null ? NaN : await longestStartingFrom(page, asked);
  await page.close();
  return { what: `load ${label}`, 'first map (ms)': Math.round(firstMap), 'whole map (ms)': Math.round(wholeMap), 'longest task (ms)': Math.round(longest), 'longest task once the dataset is asked (ms)': Math.round(loading) };
}

/**
 * The longest task while the ranking is computed and shown, and, for comparison, in a window as long on the
 * same page doing nothing (what the packets' animation alone costs). With reduced motion, no packets move.
 */
async function rank(label: string, path: string, reducedMotion: 'reduce' | 'no-preference' = 'no-preference') {
  const page = await open(path, undefined, reducedMotion);
  await page.locator('svg.map-svg .cables [data-kind="cable"]').first().waitFor({ state: 'attached', timeout: 120_000 });
  await page.getByRole('tab', { name: 'Failover' }).click();
  await page.waitForTimeout(3000); // the year's baseline in the engine, and loading's tasks out of the way
  const since = await now(page);
  await page.getByRole('button', { name: /Rank cables/ }).click();
  const took = (await shownInPage(page, '.critical-list li', 10)) - since;
  const longest = await longestSince(page, since);
  const idleFrom = await now(page);
  await page.waitForTimeout(Math.min(took, 10_000));
  const idle = await longestSince(page, idleFrom);
  await page.close();
  return { what: `Rank cables, ${label}${reducedMotion === 'reduce' ? ', reduced motion' : ''}`, 'answer (ms)': Math.round(took), 'longest task (ms)': Math.round(longest), 'same time idle: longest task (ms)': Math.round(idle) };
}

/** Resolves in the page when the impact panel shows `year`'s figures, settled (not busy). */
const impactShown = (year: number) => `new Promise((resolve) => {
  const seen = () => {
    const root = document.querySelector('backbone-explorer')?.shadowRoot ?? document;
    const line = root.querySelector('.impact .model-line');
    const busy = root.querySelector('.impact[aria-busy="true"]');
    return !busy && line && line.textContent.includes('${year}');
  };
  const watch = () => (seen() ? resolve(performance.now()) : requestAnimationFrame(watch));
  watch();
})`;

/** The page at `path` with a cable cut, its Failover tab open once the impact shows, and that tab's year slider. */
async function failoverWithCut(path: string) {
  const page = await open(`${path}?cut=cable:marea`);
  await page.getByRole('tab', { name: 'Failover' }).click();
  await page.locator('.impact .model-line').waitFor({ timeout: 120_000 });
  return { page, slider: page.getByRole('slider', { name: /Year/ }).last() };
}

async function slider(label: string, path: string) {
  const { page, slider } = await failoverWithCut(path);
  const start = Number(await slider.inputValue());
  const last = start - PRESSES;
  await page.evaluate(`(() => {
    window.__lastKey = 0;
    window.addEventListener('keydown', () => (window.__lastKey = performance.now()), true);
    window.__shown = ${impactShown(last)};
  })()`);
  await slider.focus();
  const since = await now(page);
  for (let i = 0; i < PRESSES; i++) {
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(33); // a held key repeats about 30 times a second
  }
  const shown = (await page.evaluate('window.__shown')) as number;
  const lastKey = (await page.evaluate('window.__lastKey')) as number;
  const longest = await longestSince(page, since);
  await page.close();
  return { what: `year slider ×${PRESSES}, ${label}`, 'last impact after last key (ms)': Math.round(shown - lastKey), 'longest task (ms)': Math.round(longest) };
}

async function sliderSteps(label: string, path: string) {
  const { page, slider } = await failoverWithCut(path);
  let year = Number(await slider.inputValue());
  const took: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    await page.waitForTimeout(READ_MS);
    year--;
    await slider.focus();
    const pressed = await now(page);
    await page.keyboard.press('ArrowLeft');
    took.push(((await page.evaluate(impactShown(year))) as number) - pressed);
  }
  await page.close();
  // The engine works ahead once the reader has moved the year: the first step is a year it has not seen.
  const later = took.slice(1).sort((a, b) => a - b);
  return { what: `year slider, ${STEPS} steps ${READ_MS / 1000} s apart, ${label}`, 'first step (ms)': Math.round(took[0]!), 'later steps, median (ms)': Math.round(later[later.length >> 1]!), 'later steps, slowest (ms)': Math.round(later[later.length - 1]!) };
}

try {
  const only = process.env.ONLY ?? 'load,rank,slider,steps';
  const rows: Record<string, string | number>[] = [];
  const run = async (row: Promise<Record<string, string | number>>) => {
    const r = await row;
    console.log(JSON.stringify(r));
    rows.push(r);
  };
  if (only.includes('load')) {
    await run(loading('shipped, app', '/'));
    await run(loading('shipped, embed', '/examples/explorer.html'));
    const big = tenTimes();
    console.log(`synthetic 10× dataset: ${(big.length / 1e6).toFixed(1)} MB`);
    await run(loading('synthetic 10×, app', '/', big));
    await run(loading('synthetic 10×, embed', '/examples/explorer.html', big));
  }
  if (only.includes('rank')) {
    await run(rank('embed (examples/explorer.html)', '/examples/explorer.html'));
    await run(rank('embed (examples/explorer.html)', '/examples/explorer.html', 'reduce'));
    await run(rank('app', '/'));
  }
  if (only.includes('slider')) {
    await run(slider('embed (examples/explorer.html)', '/examples/explorer.html'));
    await run(slider('app', '/'));
  }
  if (only.includes('steps')) {
    await run(sliderSteps('embed (examples/explorer.html)', '/examples/explorer.html'));
    await run(sliderSteps('app', '/'));
  }
  console.table(rows);
  console.log('longest task: 0 means none over 50 ms (the longtask threshold). Targets: rank ≤ 50 ms, last impact ≤ 300 ms (held key and steps), loading ≤ 100 ms.');
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
