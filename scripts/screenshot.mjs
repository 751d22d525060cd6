// Takes a screenshot of a page in Debian's Chromium: node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [ACTIONS]
// ACTIONS is the body of an async function of `page`, run before the shot (for example a click).
// Prints what the console logged, so that a look at the app also shows its errors.
import { chromium } from '@playwright/test';

const [, , url, out, width = '1440', height = '900', actions = ''] = process.argv;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [ACTIONS]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const logs = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`page error: ${e.message}`));
await page.goto(url);
await page.waitForSelector('svg [data-kind], [role=alert]', { timeout: 15000 });
await page.waitForTimeout(500);
if (actions) await new Function('page', `return (async () => { ${actions} })()`)(page);
await page.screenshot({ path: out });
if (logs.length) console.log(logs.join('\n'));
await browser.close();
