import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../../src/data/schema';
import { parseBackbone } from '../../src/data/load';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

/** The engine fixture with published member carriers at LINX (Lumen since 1999, Zayo without a year and only inferred) and at France-IX (Lumen). */
function renderWithMembers() {
  const dataset = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')) as Dataset;
  const linx = dataset.ixps.find((x) => x.id === 'linx-lon1')!;
  linx.memberCarriers = [
    { carrier: 'lumen', since: 1999, sources: ['https://example.org/linx-members'] },
    { carrier: 'zayo', sources: ['https://example.org/zayo-peering'], confidence: 'inferred', notes: 'From its peering page, not yet the member list.' },
  ];
  dataset.ixps.find((x) => x.id === 'france-ix-paris')!.memberCarriers = [{ carrier: 'lumen', sources: ['https://example.org/franceix-members'] }];
  const parsed = parseBackbone(dataset);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
  const store = createExplorerStore();
  render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
  return store;
}

const listNamed = (panel: HTMLElement, title: RegExp) => within(panel).getByRole('heading', { name: title }).closest('section')!;
const rows = (section: HTMLElement) => within(section).getAllByRole('listitem').map((li) => li.textContent);

describe('member carriers of an exchange', () => {
  it('the IXP details list its member carriers with the year they joined or that they are inferred, and cite the member lists', () => {
    const store = renderWithMembers();
    act(() => store.getState().select({ kind: 'ixp', id: 'linx-lon1' }));
    const panel = screen.getByRole('complementary', { name: 'Details: LINX LON1' });
    expect(rows(listNamed(panel, /Member carriers/))).toEqual(['Lumen AS3356 · Tier 1 · member since 1999', 'Zayo AS6461 · Tier 1 · inferred']);
    const cited = within(panel).getAllByRole('link', { name: 'example.org' }).map((a) => a.getAttribute('href'));
    expect(cited).toEqual(['https://example.org/linx-members', 'https://example.org/zayo-peering']);
  });

  it('a member carrier is a link: clicking it opens the carrier', async () => {
    const store = renderWithMembers();
    act(() => store.getState().select({ kind: 'ixp', id: 'linx-lon1' }));
    const panel = screen.getByRole('complementary', { name: 'Details: LINX LON1' });
    await userEvent.click(within(listNamed(panel, /Member carriers/)).getByRole('button', { name: 'Zayo' }));
    expect(store.getState().selected).toMatchObject({ kind: 'carrier', id: 'zayo' });
    expect(screen.getByRole('complementary', { name: 'Details: Zayo' })).toBeInTheDocument();
  });

  it('a closed exchange says the year it closed', () => {
    const dataset = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')) as Dataset;
    dataset.ixps.find((x) => x.id === 'de-cix-new-york')!.closed = 2040;
    const parsed = parseBackbone(dataset);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
    const store = createExplorerStore();
    render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
    act(() => store.getState().select({ kind: 'ixp', id: 'de-cix-new-york' }));
    const panel = screen.getByRole('complementary', { name: 'Details: DE-CIX New York' });
    expect(within(panel).getByText('Closed').nextElementSibling?.textContent).toBe('2040');
    act(() => store.getState().select({ kind: 'ixp', id: 'linx-lon1' }));
    expect(within(screen.getByRole('complementary', { name: 'Details: LINX LON1' })).queryByText('Closed')).toBeNull();
  });

  it('an exchange without published members shows no member list', () => {
    const store = renderWithMembers();
    act(() => store.getState().select({ kind: 'ixp', id: 'de-cix-new-york' }));
    const panel = screen.getByRole('complementary', { name: 'Details: DE-CIX New York' });
    expect(within(panel).queryByRole('heading', { name: /Member carriers/ })).toBeNull();
  });

  it('the carrier details list the exchanges it is a member of, with city and year (or "inferred"), and lead to them', async () => {
    const store = renderWithMembers();
    act(() => store.getState().select({ kind: 'carrier', id: 'lumen' }));
    const panel = screen.getByRole('complementary', { name: 'Details: Lumen' });
    const list = listNamed(panel, /Internet exchanges it is a member of/);
    expect(rows(list)).toEqual(['LINX LON1 London · member since 1999', 'France-IX Paris Paris']);
    await userEvent.click(within(list).getByRole('button', { name: 'France-IX Paris' }));
    expect(store.getState().selected).toMatchObject({ kind: 'ixp', id: 'france-ix-paris' });
    act(() => store.getState().select({ kind: 'carrier', id: 'zayo' }));
    expect(rows(listNamed(screen.getByRole('complementary', { name: 'Details: Zayo' }), /Internet exchanges it is a member of/))).toEqual(['LINX LON1 London · inferred']);
  });
});
