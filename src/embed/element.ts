import styles from '../views/styles.css?inline';
import { mountExplorer } from './mount';
import type { MountedExplorer, MountOptions } from './mount';
import { OPTION_NAMES, parseOptions } from './parseOptions';

/**
 * Where the dataset and the world outline sit next to this script once built:
 * dist/embed/ and dist/data/. (Through a variable: the bundler rewrites the
 * literal `new URL('…', import.meta.url)` form into asset imports.)
 */
const scriptUrl: string =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement && document.currentScript.src
    ? document.currentScript.src // the classic script build, where import.meta is empty
    : import.meta.url;
export const DEFAULT_DATASET_URL = new URL('../data/backbone.json', scriptUrl).href;
export const DEFAULT_BASEMAP_URL = new URL('../data/countries-110m.json', scriptUrl).href;

let sheet: CSSStyleSheet | null = null;
/** One constructed stylesheet shared by every instance: allowed under a strict Content-Security-Policy, unlike a <style> element. */
function explorerSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host { display: block; position: relative; height: var(--explorer-height, 420px); contain: content; } ${styles}`);
  }
  return sheet;
}

/**
 * <backbone-explorer concept="ixp" cut="cable:marea" height="400">: an explorer
 * in its own shadow DOM, configured by attributes (the same names as the URL
 * options). A bad attribute is reported in the console, named, and ignored.
 * `element.explorer` is the handle mountExplorer returns.
 */
export class BackboneExplorerElement extends HTMLElement {
  static observedAttributes = [...Object.values(OPTION_NAMES), 'focus'];
  explorer: MountedExplorer | null = null;
  private container: HTMLDivElement | null = null;
  private remountQueued = false;

  connectedCallback(): void {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [explorerSheet()];
    }
    this.mount();
  }

  disconnectedCallback(): void {
    this.explorer?.destroy();
    this.explorer = null;
    this.container?.remove();
    this.container = null;
  }

  attributeChangedCallback(): void {
    // Several attributes often change together: remount once, after them all.
    if (!this.isConnected || !this.explorer || this.remountQueued) return;
    this.remountQueued = true;
    queueMicrotask(() => {
      this.remountQueued = false;
      if (!this.isConnected) return;
      this.disconnectedCallback();
      this.mount();
    });
  }

  private mount(): void {
    const attributes: Record<string, string> = {};
    for (const attr of Array.from(this.attributes)) attributes[attr.name] = attr.value;
    const { options, warnings } = parseOptions(attributes);
    for (const w of warnings) console.warn(`<backbone-explorer>: attribute ${w.name}="${w.value}" ignored: ${w.message}`);
    if (options.height) this.style.setProperty('--explorer-height', `${options.height}px`);
    this.container = document.createElement('div');
    this.container.className = 'explorer-root';
    this.shadowRoot!.append(this.container);
    const mount: MountOptions = {
      ...options,
      datasetUrl: DEFAULT_DATASET_URL,
      basemapUrl: DEFAULT_BASEMAP_URL,
      onWarning: (w) => console.warn(`<backbone-explorer>: ${w.name}="${w.value}" ignored: ${w.message}`),
    };
    this.explorer = mountExplorer(this.container, mount);
  }
}

export function defineBackboneExplorer(name = 'backbone-explorer'): void {
  if (!customElements.get(name)) customElements.define(name, BackboneExplorerElement);
}
