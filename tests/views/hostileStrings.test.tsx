import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import { parseBackbone } from '../../src/data/load';
import type { Backbone } from '../../src/data/normalize';
import { ENTITY_KINDS } from '../../src/kinds';
import type { EntityKind } from '../../src/kinds';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { TABLE_LISTS } from '../../src/store/types';
import { Explorer } from '../../src/views/Explorer';
import { ExplorerStoreProvider } from '../../src/store/context';
import { DetailsPanel } from '../../src/views/panels/DetailsPanel';
import { Incidents } from '../../src/views/panels/failover/Incidents';
import { LABEL_CHARS, TEXT_CHARS, shorten } from '../../src/views/panels/format';
import { HOSTILE_SAMPLES, withHostileStrings } from '../fixtures/hostileStrings';
import { tinyDataset } from '../fixtures/loadFixture';

// Issue #16.4: whatever strings a dataset holds, every details panel renders them as text, shows at most a capped
// length of each, and keeps the whole value within reach (a title, or "Show all").

/** Every record of each kind in the dataset: the panel of each is rendered. */
function idsByKind(backbone: Backbone): Record<EntityKind, string[]> {
  const d = backbone.dataset;
  return {
    cable: d.cables.map((c) => c.id),
    link: d.terrestrialLinks.map((l) => l.id),
    metro: d.metros.map((m) => m.id),
    ixp: d.ixps.map((x) => x.id),
    landingPoint: d.landingPoints.map((l) => l.id),
    carrier: d.carriers.map((c) => c.id),
    country: [...new Set([...d.metros.map((m) => m.country), ...d.landingPoints.map((l) => l.country)])],
    satellite: d.satelliteBackups.map((s) => s.id),
    facility: d.facilities.map((f) => f.id),
  };
}

const SAFE_TAGS = new Set(['aside', 'header', 'div', 'p', 'h2', 'h3', 'dl', 'dt', 'dd', 'section', 'ul', 'ol', 'li', 'span', 'bdi', 'button', 'a', 'strong', 'article', 'time', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']);

function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Checks one rendered panel: only safe elements, capped text, and each tagged value it shows reachable in full. */
function checkPanel(panel: HTMLElement, values: ReadonlyMap<string, string>, what: string) {
  // Each record's texts start shortened, even after the previous record's were all shown whole.
  expect(panel.querySelectorAll('button.show-whole[aria-expanded="true"]'), what).toHaveLength(0);
  for (const el of panel.querySelectorAll('*')) {
    expect(SAFE_TAGS.has(el.localName), `${what}: <${el.localName}>`).toBe(true);
    for (const attribute of el.attributes) expect(attribute.name.startsWith('on'), `${what}: ${attribute.name}`).toBe(false);
    if (el.localName === 'a') expect(el.getAttribute('href')).toMatch(/^https?:\/\//);
  }
  for (const node of textNodes(panel)) expect(node.data.length, `${what}: a text of ${node.data.length} characters`).toBeLessThanOrEqual(TEXT_CHARS);
  for (const el of panel.querySelectorAll('h2, h3, button, a, span.detail')) expect(el.textContent!.length, `${what}: <${el.localName}> ${el.textContent!.slice(0, 40)}`).toBeLessThanOrEqual(LABEL_CHARS + 40);

  const titles = [...panel.querySelectorAll('[title]')].map((el) => el.getAttribute('title')!);
  const seen = `${panel.textContent}\n${titles.join('\n')}`;
  const shown = [...values].filter(([tag]) => seen.includes(tag));
  // "Show all" on every shortened text: afterwards the text holds the whole values.
  for (const button of panel.querySelectorAll<HTMLButtonElement>('button.show-whole')) act(() => fireEvent.click(button));
  const reachable = [panel.textContent!, ...titles];
  for (const [tag, value] of shown) expect(reachable.some((r) => r.includes(value)), `${what}: ${tag} is shortened with no way to see it whole`).toBe(true);
  return shown.length;
}

/** Renders the panel of every record of every kind; answers how many panels, and how many tagged values they showed. */
function renderEveryPanel(backbone: Backbone, values: ReadonlyMap<string, string>): { panels: number; shown: number } {
  const store = createExplorerStore();
  const { container } = render(
    <ExplorerStoreProvider store={store}>
      <DetailsPanel backbone={backbone} />
    </ExplorerStoreProvider>,
  );
  let panels = 0;
  let shown = 0;
  try {
    for (const kind of ENTITY_KINDS) {
      for (const id of idsByKind(backbone)[kind]) {
        act(() => store.getState().select({ kind, id }));
        const panel = container.querySelector<HTMLElement>('aside.details');
        expect(panel, `${kind}:${id}`).not.toBeNull();
        shown += checkPanel(panel!, values, `${kind}:${id}`);
        panels++;
      }
    }
  } finally {
    cleanup();
  }
  return { panels, shown };
}

function hostileBackbone(next: (n: number) => string) {
  const { dataset, values } = withHostileStrings(tinyDataset(), next);
  const parsed = parseBackbone(dataset);
  if (!parsed.ok) throw new Error(`the hostile dataset should be valid: ${parsed.problems.slice(0, 3).map((p) => `${p.where}: ${p.message}`).join('; ')}`);
  return { backbone: parsed.backbone, values };
}

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_SAMPLES),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.tuple(fc.constantFrom('W', '\u200B', '👍', 'ا', '-', '\u202E', '<b>'), fc.integer({ min: 1, max: 100_000 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(fc.constantFrom(...HOSTILE_SAMPLES), fc.constantFrom(...HOSTILE_SAMPLES)).map(([a, b]) => `${a} ${b}`),
);

describe('details panels with hostile strings', () => {
  it('each of the samples in every text field: every panel of every kind renders text only, capped, whole values reachable', () => {
    const { backbone, values } = hostileBackbone((n) => HOSTILE_SAMPLES[n % HOSTILE_SAMPLES.length]!);
    const { panels, shown } = renderEveryPanel(backbone, values);
    expect(panels).toBeGreaterThanOrEqual(ENTITY_KINDS.length * 2);
    // Each panel shows some of the data's own strings (a country's panel shows its cities' names).
    expect(shown).toBeGreaterThanOrEqual(panels);
  });

  it('generated strings (property): every panel of every kind renders text only, capped, whole values reachable', () => {
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 8, maxLength: 8 }), (strings) => {
        const { backbone, values } = hostileBackbone((n) => strings[n % strings.length]!);
        renderEveryPanel(backbone, values);
      }),
      { numRuns: 8, seed: 16_4 },
    );
  }, 60_000);

  it('an incident made of hostile strings: its button and its card render text only, capped, whole values reachable', () => {
    const { backbone, values } = hostileBackbone((n) => HOSTILE_SAMPLES[n % HOSTILE_SAMPLES.length]!);
    const store = createExplorerStore();
    const { container } = render(
      <ExplorerStoreProvider store={store}>
        <Incidents backbone={backbone} />
      </ExplorerStoreProvider>,
    );
    act(() => store.getState().setDataset({ ok: true, backbone }));
    act(() => fireEvent.click(container.querySelector('button.incident-button')!));
    const section = container.querySelector<HTMLElement>('section.incidents')!;
    expect(section.querySelector('article.incident-card')).not.toBeNull();
    expect(checkPanel(section, values, 'incident')).toBeGreaterThanOrEqual(5);
  });

  it('the table of every list and the search results: text only, capped, whole values reachable', () => {
    const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
    const { backbone, values } = hostileBackbone((n) => HOSTILE_SAMPLES[n % HOSTILE_SAMPLES.length]!);
    const store = createExplorerStore();
    const { container } = render(<Explorer backbone={backbone} basemapTopology={topology} store={store} />);
    act(() => store.getState().setAreaView('table'));
    let shown = 0;
    for (const list of TABLE_LISTS) {
      act(() => store.getState().setTableList(list));
      shown += checkPanel(container.querySelector<HTMLElement>('table')!, values, `table of ${list}`);
    }
    expect(shown).toBeGreaterThan(TABLE_LISTS.length);
    const search = container.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    act(() => fireEvent.change(search, { target: { value: 'h' } }));
    const results = container.querySelector<HTMLElement>('[role="listbox"]')!;
    expect(results.querySelectorAll('[role="option"]').length).toBeGreaterThan(3);
    for (const el of results.querySelectorAll('*')) for (const node of el.childNodes) if (node.nodeType === 3) expect((node as Text).data.length).toBeLessThanOrEqual(LABEL_CHARS);
    cleanup();
  });

  it('a selection whose id is 100,000 characters long says it is not in the dataset, shortened', () => {
    const { backbone } = hostileBackbone(() => 'x');
    const store = createExplorerStore();
    const { container } = render(
      <ExplorerStoreProvider store={store}>
        <DetailsPanel backbone={backbone} />
      </ExplorerStoreProvider>,
    );
    act(() => store.getState().select({ kind: 'metro', id: 'x'.repeat(100_000) }));
    const panel = container.querySelector('aside.details')!;
    expect(panel.textContent!.length).toBeLessThan(400);
    expect(panel.getAttribute('aria-label')).toBe('Details: not found');
  });
});

describe('shorten(text, max)', () => {
  it('keeps a short text, cuts a long one to max characters ending in an ellipsis, and never splits a surrogate pair', () => {
    expect(shorten('London', 10)).toBe('London');
    expect(shorten('x'.repeat(11), 10)).toBe(`${'x'.repeat(9)}…`);
    for (let max = 2; max < 12; max++) {
      const cut = shorten('👍'.repeat(20), max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.slice(0, -1)).toBe('👍'.repeat(Math.floor((cut.length - 1) / 2)));
    }
  });
});
