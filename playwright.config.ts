import { defineConfig } from '@playwright/test';

// Browser tests run the built app (npm run build) in Debian's Chromium; Playwright's own browser download is never used.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A port of its own (E2E_PORT overrides it, for two checkouts testing side by side), so that a preview or dev server left running does not collide with the tests.
const PORT = Number(process.env.E2E_PORT ?? 4319);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Waits are for states (a map drawn, an impact computed); on a slow, busy 2-core machine the first load
  // and a year's baseline in the worker can take far longer than the default 5 s (a replay of another year
  // took over 15 s while other work ran), so each state gets 30 s. A passing test waits no longer for it.
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'app' },
    // The app's own scenarios again, in the whole explorer as the embed script draws it (a separate build).
    { name: 'script-embed', testMatch: /(browse|failover)\.spec\.ts/, metadata: { explorerPage: '/examples/explorer.html' } },
  ],
  webServer: {
    // On 127.0.0.1, so that the tests can also open the same server as a second origin (http://127.0.0.1 vs http://localhost).
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    port: PORT,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
