import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import { splitDataset } from '../../src/data/details';
import { fetchBackboneOnce } from '../../src/data/load';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { tinyDataset } from '../fixtures/loadFixture';

// A details panel over a first-map dataset: "Loading sources…" until the details file arrives, then the sources;
// a details file that cannot be fetched is said in the panel, with a button that tries again.

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
const full = tinyDataset() as unknown as Record<string, unknown>;
const { firstMap, details } = splitDataset(full, 'backbone-details.test.json');
const apolloSource = 'https://en.wikipedia.org/wiki/Apollo_(cable_system)';

/** A fetch that serves the first map at once and holds each details request until the test answers it. */
function serve() {
  const asked: { url: string; answer: (response: Response) => void }[] = [];
  const fetchStub = vi.fn((input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith('backbone-map.json')) return Promise.resolve(new Response(JSON.stringify(firstMap)));
    if (url.endsWith('backbone.json')) return Promise.resolve(new Response(JSON.stringify(full)));
    return new Promise<Response>((answer) => asked.push({ url, answer }));
  });
  vi.stubGlobal('fetch', fetchStub);
  return { asked, fetchStub };
}

/** Waits for a state, not a time: the bound only ends a test that hangs (the explorer's first render is slow on a busy machine). */
const WAIT = { timeout: 15_000 };

let run = 0;
function renderExplorer(file: string) {
  // Each test its own address: the loaders fetch each address once per page.
  const datasetUrl = `https://data.test/${++run}/${file}`;
  const store = createExplorerStore();
  render(<Explorer datasetUrl={datasetUrl} loadDataset={(url) => fetchBackboneOnce(url)} basemapTopology={topology} store={store} />);
  return { store, datasetUrl };
}

async function openApollo(store: ReturnType<typeof createExplorerStore>) {
  await vi.waitFor(() => expect(store.getState().dataStatus).toBe('ready'));
  act(() => store.getState().select({ kind: 'cable', id: 'apollo' }));
  return screen.findByRole('complementary', { name: 'Details: Apollo' }, WAIT);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a details panel over a first-map dataset', () => {
  it('says "Loading sources…" until the details file arrives, then shows the sources, fetched once from beside the first map', async () => {
    const { asked } = serve();
    const { store, datasetUrl } = renderExplorer('backbone-map.json');
    const panel = await openApollo(store);
    expect(within(panel).getByText('Ready for service')).toBeInTheDocument();
    expect(within(panel).getByRole('status')).toHaveTextContent('Loading sources…');
    expect(within(panel).queryByRole('link', { name: 'en.wikipedia.org' })).toBeNull();
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.url).toBe(new URL('backbone-details.test.json', datasetUrl).href);

    await act(async () => asked[0]!.answer(new Response(JSON.stringify(details))));
    const link = await within(panel).findByRole('link', { name: 'en.wikipedia.org' }, WAIT);
    expect(link).toHaveAttribute('href', apolloSource);
    expect(within(panel).queryByText('Loading sources…')).toBeNull();
    // Another record's panel finds its sources there without a second fetch.
    act(() => store.getState().select({ kind: 'landingPoint', id: store.getState().backbone!.dataset.landingPoints[0]!.id }));
    const landing = await screen.findByRole('complementary', { name: /^Details: (?!Apollo)/ }, WAIT);
    expect(within(landing).getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(asked).toHaveLength(1);
  });

  it('says why when the details cannot be fetched, and "Try again" fetches them', async () => {
    const { asked } = serve();
    const { store } = renderExplorer('backbone-map.json');
    const panel = await openApollo(store);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    await act(async () => asked[0]!.answer(new Response('unavailable', { status: 503 })));
    const alert = await within(panel).findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent(/The sources could not be loaded: could not fetch the details from .*backbone-details\.test\.json: HTTP 503\./);

    await userEvent.click(within(panel).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    await act(async () => asked[1]!.answer(new Response(JSON.stringify(details))));
    expect(await within(panel).findByRole('link', { name: 'en.wikipedia.org' }, WAIT)).toHaveAttribute('href', apolloSource);
  });

  it('shows the sources at once from a full dataset, which has no details file to fetch', async () => {
    const { fetchStub } = serve();
    const { store } = renderExplorer('backbone.json');
    const panel = await openApollo(store);
    expect(await within(panel).findByRole('link', { name: 'en.wikipedia.org' }, WAIT)).toHaveAttribute('href', apolloSource);
    expect(within(panel).queryByRole('status')).toBeNull();
    expect(fetchStub.mock.calls.map(([url]) => String(url))).toEqual([expect.stringMatching(/\/backbone\.json$/)]);
  });
});
