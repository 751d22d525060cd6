import styles from '../views/styles.css?inline';
import { embedEngine, embedLoader } from './engine';
import { mountExplorer } from './mount';
import type { MountedExplorer, MountOptions } from './mount';

/**
 * Where the dataset and the world outline sit next to this script once built:
 * dist/embed/ and dist/data/. (Through a variable: the bundler rewrites the
 * literal `new URL('…', import.meta.url)` form into asset imports.)
 */
const scriptUrl: string =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement && document.currentScript.src
    ? document.currentScript.src // the classic script build, where import.meta is empty
    : import.meta.url;
/** The first-map file, which names its details file beside it (scripts/datasetFiles.ts). */
const DEFAULT_DATASET_URL = new URL('../data/backbone-map.json', scriptUrl).href;
const DEFAULT_BASEMAP_URL = new URL('../data/countries-110m.json', scriptUrl).href;
/**
 * The SHA-256 of that first-map file as the app's build wrote and validated it (vite.embed.config.ts); undefined
 * outside a build. The worker compares the bytes it fetches and validates only others.
 */
const FIRST_MAP_DIGEST: string | null = import.meta.env.BACKBONE_FIRST_MAP_DIGEST ?? null;
/** The engine's worker, built beside the script (vite.engine-worker.config.ts). */
const DEFAULT_ENGINE_URL = new URL('backbone-engine.worker.js', scriptUrl).href;
/** The full explorer (the app's index.html), one folder up from the script: where “Open in the full explorer” goes. */
const DEFAULT_APP_URL = new URL('../', scriptUrl).href;

let sheet: CSSStyleSheet | null = null;
/** One constructed stylesheet shared by every instance: allowed under a strict Content-Security-Policy, unlike a <style> element. */
function explorerSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host { display: block; position: relative; height: var(--explorer-height, 420px); contain: content; } ${styles}`);
  }
  return sheet;
}

/** The element's open shadow root, made and styled on first use, so that the host page's styles and ours never mix. */
function shadowOf(host: HTMLElement): ShadowRoot {
  let shadow = host.shadowRoot;
  if (!shadow) {
    try {
      shadow = host.attachShadow({ mode: 'open' });
    } catch {
      throw new Error(`Backbone Explorer: cannot mount in <${host.localName}>, which cannot hold a shadow root; mount in a <div> instead.`);
    }
  }
  if (!shadow.adoptedStyleSheets.includes(explorerSheet())) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, explorerSheet()];
  return shadow;
}

/**
 * mountExplorer as the embed script offers it: the explorer in `host`'s shadow
 * DOM with its own styles, its height from `options.height`, and the dataset
 * and world outline fetched from beside the script unless given, and the engine
 * in a Web Worker from beside the script too, which also loads and validates the dataset.
 * `destroy()` also removes what it added to the shadow root.
 */
export function mountIsolatedExplorer(host: HTMLElement, options: MountOptions = {}): MountedExplorer {
  const shadow = shadowOf(host);
  if (options.height) host.style.setProperty('--explorer-height', `${options.height}px`);
  const container = document.createElement('div');
  container.className = 'explorer-root';
  shadow.append(container);
  const explorer = mountExplorer(container, { datasetUrl: DEFAULT_DATASET_URL, basemapUrl: DEFAULT_BASEMAP_URL, appUrl: DEFAULT_APP_URL, createEngine: embedEngine(DEFAULT_ENGINE_URL), loadDataset: embedLoader(DEFAULT_ENGINE_URL, { url: DEFAULT_DATASET_URL, digest: FIRST_MAP_DIGEST }), ...options });
  return {
    ...explorer,
    destroy: () => {
      explorer.destroy();
      container.remove();
    },
  };
}
