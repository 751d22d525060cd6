import type { MountedExplorer } from './mount';
import { mountIsolatedExplorer } from './isolatedMount';
import { ALIAS_NAMES, OPTION_NAMES, parseOptions } from './parseOptions';

/**
 * <backbone-explorer concept="ixp" cut="cable:marea" height="400">: an explorer
 * in its own shadow DOM, configured by attributes (the same names as the URL
 * options). A bad attribute is reported in the console, named, and ignored.
 * `element.explorer` is the handle mountExplorer returns.
 */
export class BackboneExplorerElement extends HTMLElement {
  static observedAttributes = [...Object.values(OPTION_NAMES), ...ALIAS_NAMES];
  explorer: MountedExplorer | null = null;
  private remountQueued = false;

  connectedCallback(): void {
    this.mount();
  }

  disconnectedCallback(): void {
    this.explorer?.destroy();
    this.explorer = null;
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
    this.explorer = mountIsolatedExplorer(this, {
      ...options,
      onWarning: (w) => console.warn(`<backbone-explorer>: ${w.name}="${w.value}" ignored: ${w.message}`),
    });
  }
}

export function defineBackboneExplorer(name = 'backbone-explorer'): void {
  if (!customElements.get(name)) customElements.define(name, BackboneExplorerElement);
}
