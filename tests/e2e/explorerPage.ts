import { test } from '@playwright/test';

/**
 * Where the explorer under test lives. The "app" project opens the standalone app at /;
 * the "script-embed" project opens the same scenarios in the whole explorer as the embed
 * script draws it, inside <backbone-explorer controls="full"> (public/examples/explorer.html).
 * Playwright's locators reach into the element's open shadow root, so the scenarios read alike.
 */
export function explorerUrl(query = ''): string {
  const path = (test.info().project.metadata as { explorerPage?: string }).explorerPage ?? '/';
  return query ? `${path}?${query}` : path;
}
