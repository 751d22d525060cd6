import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import type { Dataset, LandingPoint } from '../../src/data/schema';
import { parseBackbone } from '../../src/data/load';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

/** The engine fixture with Bude's landing stations set; the details panel of Bude open. */
function renderBude(stations: LandingPoint['stations']) {
  const dataset = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')) as Dataset;
  dataset.landingPoints.find((l) => l.id === 'bude')!.stations = stations;
  const parsed = parseBackbone(dataset);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
  const store = createExplorerStore();
  render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
  act(() => store.getState().select({ kind: 'landingPoint', id: 'bude' }));
  return { store, panel: screen.getByRole('complementary', { name: 'Details: Bude' }) };
}

const stationList = (panel: HTMLElement) => within(panel).getByRole('heading', { name: /Landing stations/ }).closest('section')!;

describe('who runs a landing station', () => {
  it('the landing point details list each station: its operator, its name and the cables that end there, and cite the sources', () => {
    const { panel } = renderBude([
      { operator: 'Lumen', carrier: 'lumen', station: 'Bude North', cables: ['tat-14'], sources: ['https://example.org/tat-14-landing'] },
      { operator: 'Cornwall Landing Ltd', cables: ['grace-hopper'], sources: ['https://example.org/grace-hopper-landing'] },
    ]);
    const rows = within(stationList(panel)).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual(['Lumen Bude North · ends here: TAT-14', 'Cornwall Landing Ltd ends here: Grace Hopper']);
    const cited = within(panel).getAllByRole('link', { name: 'example.org' }).map((a) => a.getAttribute('href'));
    expect(cited).toEqual(expect.arrayContaining(['https://example.org/tat-14-landing', 'https://example.org/grace-hopper-landing']));
  });

  it('an operator that is one of our carriers leads to it; another is plain text', async () => {
    const { store, panel } = renderBude([
      { operator: 'Lumen', carrier: 'lumen', sources: ['https://example.org/a'] },
      { operator: '<img src=x onerror=alert(1)>', sources: ['https://example.org/b'] },
    ]);
    const list = stationList(panel);
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Lumen']);
    // Text from data stays text.
    expect(within(list).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(list.querySelector('img')).toBeNull();
    await userEvent.click(within(list).getByRole('button', { name: 'Lumen' }));
    expect(store.getState().selected).toMatchObject({ kind: 'carrier', id: 'lumen' });
  });

  it('the carrier details list the landing stations it runs, with their names, and lead to them', async () => {
    const { store } = renderBude([{ operator: 'Lumen', carrier: 'lumen', station: 'Bude North', cables: ['tat-14'], sources: ['https://example.org/a'] }]);
    act(() => store.getState().select({ kind: 'carrier', id: 'lumen' }));
    const panel = screen.getByRole('complementary', { name: 'Details: Lumen' });
    const list = within(panel).getByRole('heading', { name: /Landing stations it runs/ }).closest('section')!;
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Bude Bude North']);
    await userEvent.click(within(list).getByRole('button', { name: 'Bude' }));
    expect(store.getState().selected).toMatchObject({ kind: 'landingPoint', id: 'bude' });
    act(() => store.getState().select({ kind: 'carrier', id: 'zayo' }));
    expect(within(screen.getByRole('complementary', { name: 'Details: Zayo' })).queryByRole('heading', { name: /Landing stations it runs/ })).toBeNull();
  });

  it('an inferred operator says so, and a station\'s note says why', () => {
    const { panel } = renderBude([{ operator: 'Lumen', carrier: 'lumen', cables: ['tat-14'], confidence: 'inferred', notes: 'The source implies it.', sources: ['https://example.org/a'] }]);
    const item = within(stationList(panel)).getByRole('listitem');
    expect(item.textContent).toContain('ends here: TAT-14 · inferred');
    expect(within(item).getByText('The source implies it.')).toBeInTheDocument();
  });

  it('a landing point without a published operator shows no station list', () => {
    const { panel } = renderBude(undefined);
    expect(within(panel).queryByRole('heading', { name: /Landing stations/ })).toBeNull();
  });
});
