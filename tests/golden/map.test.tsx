import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import type { Topology } from 'topojson-specification';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import { parseBackbone } from '../../src/data/load';
import { tinyBackbone } from '../fixtures/loadFixture';

// Rendering locked down (ARCHITECTURE.md §10): the map over the tiny fixture as normalised golden SVG, and
// what a pan or a cut changes in the DOM. In tests/golden, not tests/views: the golden file is React's markup.
const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

/** The map's SVG with numbers rounded to one decimal and the world outline's long paths left out, so that the golden file reads and diffs. */
function normalisedMap(container: HTMLElement): string {
  const svg = container.querySelector('svg.map-svg')!.cloneNode(true) as SVGSVGElement;
  for (const el of svg.querySelectorAll('.land, .borders, .graticule, .sphere')) el.setAttribute('d', '[basemap]');
  return svg.outerHTML.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');
}

/** Counts DOM changes under `root` while `act` runs. */
async function mutationsDuring(root: Element, action: () => void | Promise<void>): Promise<number> {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  await act(async () => {
    await action();
  });
  count += observer.takeRecords().length;
  observer.disconnect();
  return count;
}

describe('the map, locked down', () => {
  it('draws the tiny fixture as the golden SVG says', async () => {
    const { container } = render(<Explorer backbone={tinyBackbone()} basemapTopology={topology} store={createExplorerStore()} />);
    await expect(normalisedMap(container)).toMatchFileSnapshot('./__snapshots__/map-tiny.svg');
  });

  it('a pan or zoom of the store re-renders no cable, link or marker', async () => {
    const store = createExplorerStore();
    const { container } = render(<Explorer backbone={tinyBackbone()} basemapTopology={topology} store={store} />);
    const layers = ['.cables', '.links', '.pops', '.ixps'].map((s) => container.querySelector(s)!);
    expect(layers.every(Boolean)).toBe(true);
    for (const layer of layers) expect(await mutationsDuring(layer, () => store.getState().setZoom({ k: 2, x: -40, y: 15 }))).toBe(0);
  });

  it('cutting a cable changes the failover layer and leaves every cable path as it was', async () => {
    const result = parseBackbone(JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')));
    if (!result.ok) throw new Error('engine-tiny.json is invalid');
    const store = createExplorerStore();
    const { container } = render(<Explorer backbone={result.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
    const cables = container.querySelector('.cables')!;
    const scenario = container.querySelector('.scenario')!;
    let scenarioChanges = 0;
    const observer = new MutationObserver((r) => (scenarioChanges += r.length));
    observer.observe(scenario, { subtree: true, childList: true });
    const cableChanges = await mutationsDuring(cables, async () => {
      store.getState().cut({ kind: 'cable', id: 'farice-1' });
      await new Promise<void>((resolve) => {
        const stop = store.subscribe((s) => s.scenario && (stop(), resolve()));
      });
    });
    observer.disconnect();
    expect(cableChanges).toBe(0);
    expect(scenarioChanges).toBeGreaterThan(0);
  });
});
