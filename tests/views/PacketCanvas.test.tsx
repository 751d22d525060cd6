import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { geoEquirectangular } from 'd3-geo';
import { parseBackbone } from '../../src/data/load';
import { createManualScheduler } from '../../src/sim/frameLoop';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { ExplorerStoreProvider } from '../../src/store/context';
import { PacketCanvas } from '../../src/views/map/PacketCanvas';
import { createLocalEngineClient } from '../../src/worker/engineClient';

/** A 2D context that only records which drawing calls it received. */
function recordingContext(calls: string[]): CanvasRenderingContext2D {
  return new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : (..._args: unknown[]) => void calls.push(String(key))),
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

function tinyBackbone() {
  const result = parseBackbone(JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')));
  if (!result.ok) throw new Error('the engine fixture is invalid');
  return result.backbone;
}

afterEach(() => vi.restoreAllMocks());

describe('<PacketCanvas>', () => {
  it('leaves a blank canvas alone while there are no packets, and draws once a scenario brings them', async () => {
    const calls: string[] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => recordingContext(calls)) as unknown as HTMLCanvasElement['getContext']);
    const scheduler = createManualScheduler();
    const store = createExplorerStore({ playing: true });
    const projection = geoEquirectangular().fitSize([800, 400], { type: 'Sphere' });
    render(
      <ExplorerStoreProvider store={store}>
        <PacketCanvas projection={projection} size={{ width: 800, height: 400 }} scheduler={scheduler} />
      </ExplorerStoreProvider>,
    );
    // The map still loading: frames come, nothing is cleared or drawn.
    for (let i = 0; i < 10; i++) act(() => void scheduler.tick(16));
    expect(calls).toEqual([]);

    const backbone = tinyBackbone();
    const scenario = await createLocalEngineClient(backbone).evaluate(backbone.years.asOf, {});
    expect(scenario.flows.length).toBeGreaterThan(0);
    act(() => store.setState({ backbone, scenario }));
    for (let i = 0; i < 120; i++) act(() => void scheduler.tick(16));
    expect(calls).toContain('clearRect');
    expect(calls.filter((c) => c === 'arc' || c === 'fillRect' || c === 'fill').length).toBeGreaterThan(0);

  });
});
