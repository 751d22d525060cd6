import type { MountedExplorer } from './mount';
import type { ExplorerOptions, OptionWarning } from './options';
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

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (!this.isConnected || !this.explorer || this.remountQueued || oldValue === newValue) return;
    // A host page's dark-mode switch changes the theme: the explorer takes it as it is, keeping its cuts, selection
    // and view, where a remount would start it over. (The language stays a remount: the concept's caption is chosen at mount.)
    if (newValue !== null && applyLive(this.explorer, name, newValue)) return;
    // Several attributes often change together: remount once, after them all.
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
    reportAttributeWarnings(warnings);
    this.explorer = mountIsolatedExplorer(this, {
      ...options,
      onWarning: (w) => console.warn(`<backbone-explorer>: ${w.name}="${w.value}" ignored: ${w.message}`),
    });
  }
}

function reportAttributeWarnings(warnings: readonly OptionWarning[]): void {
  for (const w of warnings) console.warn(`<backbone-explorer>: attribute ${w.name}="${w.value}" ignored: ${w.message}`);
}

/** Attributes a mounted explorer applies in place. */
const LIVE_ATTRIBUTES: Readonly<Record<string, (explorer: MountedExplorer, options: Partial<ExplorerOptions>) => void>> = {
  [OPTION_NAMES.theme]: (explorer, { theme }) => theme && explorer.store.getState().setTheme(theme),
};

/** Applies a changed attribute to the mounted explorer if it is one it takes live; a bad value is reported and ignored. */
function applyLive(explorer: MountedExplorer, name: string, value: string): boolean {
  const apply = LIVE_ATTRIBUTES[name];
  if (!apply) return false;
  const { options, warnings } = parseOptions({ [name]: value });
  reportAttributeWarnings(warnings);
  apply(explorer, options);
  return true;
}

export function defineBackboneExplorer(name = 'backbone-explorer'): void {
  if (!customElements.get(name)) customElements.define(name, BackboneExplorerElement);
}
