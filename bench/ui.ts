// npm run bench:ui — frame times in headless Chromium with 5,000 packets in flight while the map pans.
// Builds nothing: run `npm run build` first. Serves dist/ with vite preview on a free port.
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const PACKETS = Number(process.env.PACKETS ?? 5000);
const SECONDS = Number(process.env.SECONDS ?? 8);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const server = await preview({ preview: { port: 4179, strictPort: false }, logLevel: 'silent' });
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4179/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}?packets=${PACKETS}`);
  await page.waitForSelector('[data-testid=packets]');
  await page.waitForTimeout(2500); // the worker's baseline, then a steady state

  // Record every frame's duration in the page while the mouse pans the map back and forth.
  // Page scripts are strings: tsx rewrites functions with helpers that do not exist in the page.
  await page.evaluate(`(() => {
    window.__frameTimes = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frameTimes.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const box = (await page.locator('svg.map-svg').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, -300); // zoom in a little so that there is room to pan
  // One continuous drag, round and round, as a person pans: the map is redrawn when it ends.
  const until = Date.now() + SECONDS * 1000;
  await page.mouse.down();
  for (let step = 0; Date.now() < until; step++) {
    const angle = step / 12;
    await page.mouse.move(cx + Math.cos(angle) * 160, cy + Math.sin(angle) * 90);
  }
  const { times, packets } = (await page.evaluate(`(() => {
    window.__recording = false;
    return { times: window.__frameTimes.slice(1), packets: document.querySelector('[data-testid=packets]') !== null };
  })()`)) as { times: number[]; packets: boolean };
  await page.mouse.up();
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  console.log(`UI frame times, ${PACKETS} packets in flight, panning for ${SECONDS} s (headless Chromium, ${times.length} frames, canvas present: ${packets})`);
  console.table({
    'frame time (ms)': {
      p50: +percentile(sorted, 50).toFixed(2),
      p95: +percentile(sorted, 95).toFixed(2),
      p99: +percentile(sorted, 99).toFixed(2),
      max: +sorted[sorted.length - 1]!.toFixed(2),
      mean: +mean.toFixed(2),
      fps: +(1000 / mean).toFixed(1),
    },
  });
  const p95 = percentile(sorted, 95);
  // Frame intervals come in whole display refreshes (16.67 ms at 60 Hz), read with a timer coarsened to 0.1 ms:
  // 16.8 is one refresh, no frame dropped; a dropped frame shows as 33.3.
  const withinBudget = p95 < 17;
  console.log(`p95 ${p95.toFixed(2)} ms: ${withinBudget ? 'within' : 'OVER'} the 16.7 ms budget (one 60 Hz frame)`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
