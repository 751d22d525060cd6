import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topology } from 'topojson-specification';
import { parseBackbone } from '../../src/data/load';
import { createFormatters } from '../../src/i18n/format';
import { MESSAGES } from '../../src/i18n/messages';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';
import { tinyBackbone } from '../fixtures/loadFixture';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

function engineBackbone() {
  const result = parseBackbone(JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')));
  if (!result.ok) throw new Error('tests/fixtures/engine-tiny.json is invalid');
  return result.backbone;
}

/** Every leaf of a messages object, by its dotted path, with what it is: a string's text, or a function's arity. */
function leaves(value: unknown, path = ''): Map<string, string | number> {
  const out = new Map<string, string | number>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') out.set(path, value.length);
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, v);
  return out;
}

describe('messages', () => {
  it('English and German have the same keys, each a string in both or a function of as many values in both', () => {
    const en = leaves(MESSAGES.en);
    const de = leaves(MESSAGES.de);
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of en) expect([key, typeof de.get(key), typeof value === 'number' ? de.get(key) : 'text']).toEqual([key, typeof value, typeof value === 'number' ? value : 'text']);
  });

  it('no string is empty, except the segment kind tag the cut list leaves out on purpose', () => {
    for (const lang of ['en', 'de'] as const) {
      const empty = [...leaves(MESSAGES[lang])].filter(([, v]) => v === '').map(([k]) => k);
      expect(empty).toEqual(['cutList.kinds.segment']);
    }
  });

  it('createFormatters(lang) writes numbers, dates and country names the way each language does', () => {
    const en = createFormatters('en');
    const de = createFormatters('de');
    expect([en.km(13000), en.tbps(3.2), en.tbps(0.4), en.date('2024-02-24'), en.countryName('DE')]).toEqual(['13,000 km', '3.2 Tbit/s', '400 Gbit/s', '24 Feb 2024', 'Germany']);
    expect([de.km(13000), de.tbps(3.2), de.tbps(0.4), de.date('2024-02-24'), de.date('2024-02'), de.countryName('DE')]).toEqual(['13.000 km', '3,2 Tbit/s', '400 Gbit/s', '24. Feb. 2024', 'Februar 2024', 'Deutschland']);
    expect(de.percent(12.34, 1, true)).toMatch(/^\+12,3\s%$/);
  });
});

describe('<Explorer> in German', () => {
  it('shows German layer names, search placeholder and details facts, with German number formatting', () => {
    const store = createExplorerStore({ lang: 'de' });
    const { container } = render(<Explorer backbone={tinyBackbone()} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
    expect(container.querySelector('.explorer')).toHaveAttribute('lang', 'de');
    for (const name of ['Unterseekabel', 'Landverbindungen', 'Internetknoten (IXPs)', 'Anlandepunkte']) expect(screen.getByRole('checkbox', { name })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Ebenen' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kabel, Städte, Netzbetreiber, IXPs und Länder durchsuchen' })).toHaveAttribute('placeholder', 'Kabel, Städte, Netzbetreiber, AS-Nummern suchen…');
    expect(screen.getByRole('tab', { name: 'Ausfall' })).toBeInTheDocument();

    fireEvent.click(container.querySelector('[data-kind="cable"][data-id="apollo"] .line')!);
    const details = screen.getByRole('complementary', { name: 'Details: Apollo' });
    expect(within(details).getByText('Unterseekabel')).toBeInTheDocument();
    expect(within(details).getByText('Länge')).toBeInTheDocument();
    expect(within(details).getByText('13.000 km')).toBeInTheDocument();
    expect(within(details).getByText('Auslegungskapazität')).toBeInTheDocument();
    expect(within(details).getByText('3,2 Tbit/s')).toBeInTheDocument();
    expect(within(details).getByText('In Betrieb')).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Ganzes Kabel kappen' })).toBeInTheDocument();
    expect(within(details).getByRole('heading', { name: /^Quellen/ })).toBeInTheDocument();
  });

  it('the impact panel, the cut list and the announcement speak German once a cable is cut', async () => {
    const store = createExplorerStore({ lang: 'de' });
    const { container } = render(<Explorer backbone={engineBackbone()} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
    await act(async () => store.getState().cut({ kind: 'cable', id: 'farice-1' }));
    const impact = await screen.findByRole('region', { name: 'Auswirkungen' });
    for (const term of ['Umgeleitete Verkehrsflüsse', 'Verkehrsflüsse ohne Route', 'Abgeschnittene Länder', 'Überlastete Verbindungen', 'Vom Rest der Welt abgeschnitten']) {
      expect(within(impact).getAllByText(term).length).toBeGreaterThan(0);
    }
    expect(within(impact).getByRole('button', { name: 'Färöer' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Gekappt/ })).toHaveTextContent('FARICE-1');
    expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent(/^FARICE-1 gekappt\. .*abgeschnitten: Färöer/);
    act(() => store.getState().cut({ kind: 'cable', id: 'farice-1' }));
    expect(screen.getByText('FARICE-1 ist bereits gekappt.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });

  it('switching the language at runtime re-renders the text, and switching back restores the English', async () => {
    const store = createExplorerStore();
    render(<Explorer backbone={tinyBackbone()} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
    expect(screen.getByRole('checkbox', { name: /Submarine cables/ })).toBeInTheDocument();
    const language = screen.getByRole('combobox', { name: 'Language' });
    expect(language).toHaveValue('en');

    await userEvent.selectOptions(language, 'de');
    expect(store.getState().lang).toBe('de');
    expect(screen.getByRole('checkbox', { name: /Unterseekabel/ })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Submarine cables/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Zum hellen Design wechseln' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Globus' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'en');
    expect(screen.getByRole('checkbox', { name: /Submarine cables/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to the light theme' })).toBeInTheDocument();
  });
});
