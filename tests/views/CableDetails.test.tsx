import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../../src/data/schema';
import { parseBackbone } from '../../src/data/load';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { Explorer } from '../../src/views/Explorer';
import { createLocalEngineClient } from '../../src/worker/engineClient';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

/** The engine fixture with FARICE-1's Faroes–Scotland section finished `later` years after the rest. */
function renderFarice(later: number | undefined, dates: { cable?: string; segment?: string } = {}) {
  const dataset = JSON.parse(readFileSync('tests/fixtures/engine-tiny.json', 'utf8')) as Dataset;
  const farice = dataset.cables.find((c) => c.id === 'farice-1')!;
  if (later !== undefined) farice.segments[1]!.rfs = farice.rfs + later;
  if (dates.cable) farice.rfsDate = dates.cable;
  if (dates.segment) farice.segments[1]!.rfsDate = dates.segment;
  const parsed = parseBackbone(dataset);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
  const store = createExplorerStore();
  render(<Explorer backbone={parsed.backbone} basemapTopology={topology} store={store} createEngine={createLocalEngineClient} />);
  act(() => store.getState().select({ kind: 'cable', id: 'farice-1' }));
  return screen.getByRole('complementary', { name: 'Details: FARICE-1' });
}

const fact = (panel: HTMLElement, label: string) => within(panel).getAllByRole('term').find((dt) => dt.textContent === label)!.nextElementSibling!.textContent;
const segments = (panel: HTMLElement) => within(panel.querySelector('section.segments') as HTMLElement).getAllByRole('listitem').map((li) => li.querySelector('span')!.textContent);

describe('a cable whose sections entered service in different years', () => {
  it('says beside its own year that some segments came later, and which one from when', () => {
    const panel = renderFarice(3);
    expect(fact(panel, 'Ready for service')).toBe('2004; some segments later (2007)');
    expect(segments(panel)[0]).not.toContain('in service from');
    expect(segments(panel)[1]).toMatch(/ · in service from 2007$/);
  });

  it('gives the month or day it first carried traffic, where the data has it, for the cable and for a section', () => {
    const panel = renderFarice(3, { cable: '2004-03', segment: '2007-11-20' });
    expect(fact(panel, 'Ready for service')).toBe('March 2004; some segments later (2007)');
    expect(segments(panel)[1]).toMatch(/ · in service from 20 Nov 2007$/);
  });

  it('says nothing more for a cable built in one go', () => {
    const panel = renderFarice(undefined);
    expect(fact(panel, 'Ready for service')).toBe('2004');
    expect(segments(panel).some((s) => s?.includes('in service from'))).toBe(false);
  });
});
