import { DEFAULT_OPTIONS } from './options';
import type { ExplorerOptions } from './options';

/**
 * Whole options from DEFAULT_OPTIONS and any number of partial sources, later
 * sources winning (e.g. a concept preset, then the URL, then mountExplorer's
 * argument). A field set to undefined counts as not given. Arrays and the view
 * are copied, so the result shares nothing with the defaults or the sources.
 */
export function resolveOptions(...sources: Partial<ExplorerOptions>[]): ExplorerOptions {
  const merged: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      if (value !== undefined && Object.hasOwn(DEFAULT_OPTIONS, key)) merged[key] = value;
    }
  }
  const options = merged as unknown as ExplorerOptions;
  return {
    ...options,
    view: options.view && { centre: [options.view.centre[0], options.view.centre[1]], zoom: options.view.zoom },
    layers: [...options.layers],
    carriers: [...options.carriers],
    cut: [...options.cut],
    route: options.route && [options.route[0], options.route[1]],
    allowOrigins: [...options.allowOrigins],
  };
}
