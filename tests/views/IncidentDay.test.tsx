import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../../src/data';
import { parseBackbone } from '../../src/data/load';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

it("an incident's card says which cables the replay leaves out as not yet in service that day, and the map does not draw them", async () => {
  const json = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')) as Dataset;
  const gh = json.cables.find((c) => c.id === 'grace-hopper')!;
  gh.rfsDate = '2022-09-27';
  // A name with markup, to be shown as text.
  gh.name = 'Grace <b>Hopper</b>';
  json.incidents = [{ id: 'spring-2022', name: 'A spring fault', date: '2022-05-01', cause: 'test', faults: [{ cable: 'aec-1' }], reported: 'test', sources: ['https://example.org/fixture'] }];
  const parsed = parseBackbone(json);
  if (!parsed.ok) throw new Error('the dated fixture is invalid');
  const store = createExplorerStore();
  const { container } = render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
  await userEvent.click(screen.getByRole('tab', { name: 'Failover' }));
  await userEvent.click(await screen.findByRole('button', { name: /A spring fault/ }));
  const card = await screen.findByRole('article', { name: 'Incident: A spring fault' });
  expect(within(card).getByText('The network as it stood on 1 May 2022: left out, as not yet in service that day: Grace <b>Hopper</b>.')).toBeInTheDocument();
  expect(container.querySelector('[data-kind="cable"][data-id="grace-hopper"]')).toBeNull();
  expect(await screen.findByText(/^A model of the network as it stood on 1 May 2022: /)).toBeInTheDocument();
  expect(container.querySelector('[data-kind="cable"][data-id="aec-1"]')).not.toBeNull();
  // The table lists what the map draws: not Grace Hopper, that day.
  act(() => store.getState().setAreaView('table'));
  const rows = () => within(screen.getByRole('table')).queryAllByRole('rowheader').map((th) => th.textContent);
  expect(rows()).toContain('America Europe Connect-1');
  expect(rows()).not.toContain('Grace <b>Hopper</b>');
  expect(within(screen.getByRole('region', { name: 'Table' })).getByRole('status')).toHaveTextContent(`${rows().length} cables in the network of 1 May 2022`);
  act(() => store.getState().setAreaView('map'));
  // Out of the replay, the year's network again: Grace Hopper is drawn.
  store.getState().restoreAll();
  expect(await screen.findByText((_, el) => el?.getAttribute('data-id') === 'grace-hopper' && el.getAttribute('data-kind') === 'cable')).toBeTruthy();
});
