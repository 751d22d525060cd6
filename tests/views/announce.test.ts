// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { announcementText, noticeText } from '../../src/views/announce';
import type { ScenarioView } from '../../src/model/scenario';
import { tinyBackbone } from '../fixtures/loadFixture';

// The store's events and notices are data; these are the words they become, in both languages.
const backbone = tinyBackbone();
const scenario = { rerouted: 1, stranded: 0, isolated: ['FO'], degraded: [], congested: [] } as unknown as ScenarioView;

describe('announcementText', () => {
  it('says the action, then "Computing…" while pending, then the impact, with singular and plural right', () => {
    const event = { what: { kind: 'cut' as const, subject: { kind: 'targets' as const, targets: [{ kind: 'cable' as const, id: 'apollo' }] } }, pending: true };
    expect(announcementText(backbone, event, null, true, 'en')).toBe('Cut Apollo. Computing the impact…');
    expect(announcementText(backbone, { ...event, pending: false }, scenario, true, 'en')).toBe('Cut Apollo. 1 flow rerouted, 0 stranded, cut off: Faroe Islands.');
  });

  it('words the same event in German when the language changes, with nothing parsed back', () => {
    const event = { what: { kind: 'restoreAll' as const }, pending: false };
    const en = announcementText(backbone, event, scenario, false, 'en');
    const de = announcementText(backbone, event, scenario, false, 'de');
    expect(en).toMatch(/^Restored everything\./);
    expect(de).not.toBe(en);
    expect(de.length).toBeGreaterThan(0);
  });

  it('a new year with no action says the year', () => {
    expect(announcementText(backbone, { what: { kind: 'year', year: 2010 }, pending: false }, scenario, false, 'en')).toMatch(/^Year 2010\. /);
  });
});

describe('noticeText', () => {
  it('words each notice from its data', () => {
    expect(noticeText(backbone, { kind: 'alreadyCut', target: { kind: 'cable', id: 'apollo' } }, 'en')).toBe('Apollo is already cut.');
    expect(noticeText(backbone, { kind: 'nothingWasCut', problem: { kind: 'noCable', id: 'no-such-cable' } }, 'en')).toBe('Nothing was cut: there is no cable “no-such-cable” in this dataset.');
    expect(noticeText(backbone, { kind: 'nothingWithin', km: 50 }, 'en')).toBe('Nothing runs within 50 km of that point.');
    expect(noticeText(backbone, { kind: 'noCorridorCable', corridor: 'red-sea' }, 'en')).toBe('No cable passes through the Red Sea and Bab-el-Mandeb in this dataset.');
    expect(noticeText(backbone, { kind: 'noIncident', id: 'x' }, 'de')).not.toBe(noticeText(backbone, { kind: 'noIncident', id: 'x' }, 'en'));
  });
});
