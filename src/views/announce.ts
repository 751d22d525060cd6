import type { Backbone } from '../data/normalize';
import { createFormatters } from '../i18n/format';
import { messagesFor } from '../i18n/messages';
import type { Lang } from '../i18n/messages';
import type { ScenarioView } from '../model/scenario';
import type { CutSubject, CutTarget, Notice, StoreEvent, TargetProblem } from '../store/types';

/**
 * The store records what happened as data (StoreEvent, Notice); these functions say it in the reader's
 * language, when it is shown. Switching the language re-words what is on screen; nothing is parsed back.
 */

/** A cut target's name: a cable's, a segment's with its ends, a link's, a city's. */
export function describeTarget(backbone: Backbone | null, t: CutTarget, lang: Lang = 'en'): string {
  if (t.kind === 'cable') return backbone?.cables.get(t.id)?.name ?? t.id;
  if (t.kind === 'segment') {
    const cable = backbone?.cables.get(t.id);
    const seg = cable?.segments[t.index];
    const ends = seg ? `${backbone?.landingPoints.get(seg.from)?.name ?? seg.from} – ${backbone?.landingPoints.get(seg.to)?.name ?? seg.to}` : '';
    return messagesFor(lang).store.segment(cable?.name ?? t.id, ends);
  }
  if (t.kind === 'link') {
    const link = backbone?.terrestrialLinks.get(t.id);
    return link ? (link.name ?? `${backbone?.metros.get(link.from)?.name ?? link.from} – ${backbone?.metros.get(link.to)?.name ?? link.to}`) : t.id;
  }
  return backbone?.metros.get(t.id)?.name ?? t.id;
}

/** What a cut of several things stands for, in words. */
function describeSubject(backbone: Backbone | null, subject: CutSubject, lang: Lang): string {
  const m = messagesFor(lang);
  const f = createFormatters(lang);
  switch (subject.kind) {
    case 'targets':
      return subject.targets.map((t) => describeTarget(backbone, t, lang)).join(', ');
    case 'region':
      return m.store.region(f.km(subject.km), f.lonLat(subject.at[0], subject.at[1]), f.count(subject.segments), f.count(subject.links));
    case 'corridor': {
      const through = (m.corridors as Partial<Record<string, { through: string }>>)[subject.id]?.through ?? m.critical.through(subject.id);
      return m.critical.corridorCut(through, f.count(subject.segments), f.count(subject.links));
    }
  }
}

function describeProblem(problem: TargetProblem, lang: Lang): string {
  const m = messagesFor(lang).store;
  switch (problem.kind) {
    case 'notLoaded':
      return m.notLoaded;
    case 'noCable':
      return m.noCable(problem.id);
    case 'noSegment':
      return m.noSegment(problem.id, String(problem.index + 1));
    case 'noLink':
      return m.noLink(problem.id);
    case 'noCity':
      return m.noCity(problem.id);
  }
}

/** A notice in words. */
export function noticeText(backbone: Backbone | null, notice: Notice, lang: Lang): string {
  const m = messagesFor(lang);
  const f = createFormatters(lang);
  switch (notice.kind) {
    case 'nothingWithin':
      return m.store.nothingWithin(f.km(notice.km));
    case 'nothingWasCut':
      return m.store.nothingWasCut(describeProblem(notice.problem, lang));
    case 'alreadyCut':
      return m.store.alreadyCut(describeTarget(backbone, notice.target, lang));
    case 'notCut':
      return m.store.notCut(describeTarget(backbone, notice.target, lang));
    case 'someNotCut':
      return m.store.someNotCut(describeSubject(backbone, notice.subject, lang), notice.problems.map((p) => describeProblem(p, lang)).join('; '));
    case 'nothingIsCut':
      return m.store.nothingIsCut;
    case 'noIncident':
      return m.store.noIncident(notice.id);
    case 'noCorridorCable': {
      const through = (m.corridors as Partial<Record<string, { through: string }>>)[notice.corridor]?.through ?? m.critical.through(notice.corridor);
      return m.critical.noCorridorCable(through);
    }
    case 'failed':
      return notice.what === 'simulation' ? m.store.simulationFailed(notice.error) : notice.what === 'route' ? m.store.routeFailed(notice.error) : m.store.criticalFailed(notice.error);
  }
}

/** What the event did, in words: the action ("Cut MAREA."), the year for a new year. */
function eventLead(backbone: Backbone | null, event: StoreEvent, lang: Lang): string {
  const m = messagesFor(lang).store;
  switch (event.kind) {
    case 'cut':
      return m.cut(describeSubject(backbone, event.subject, lang));
    case 'restore':
      return m.restored(describeTarget(backbone, event.target, lang));
    case 'restoreAll':
      return m.restoredAll;
    case 'replay':
      return m.replaying(backbone?.incidents.get(event.incident)?.name ?? event.incident);
    case 'year':
      return m.year(event.year);
  }
}

/** The impact in one sentence for the aria-live region. */
function impactSummary(scenario: ScenarioView, anyCut: boolean, lang: Lang): string {
  const m = messagesFor(lang).store;
  const f = createFormatters(lang);
  if (!anyCut) return m.nothingCutSummary;
  const parts = [m.rerouted(scenario.rerouted, f.count(scenario.rerouted)), m.stranded(scenario.stranded, f.count(scenario.stranded))];
  if (scenario.isolated.length) parts.push(m.cutOff(scenario.isolated.map((c) => f.countryName(c)).join(', ')));
  const serious = scenario.degraded.filter((d) => d.severity !== 'minor').length;
  const minor = scenario.degraded.length - serious;
  if (serious) parts.push(m.affected(serious, f.count(serious)));
  if (minor) parts.push(m.minorAffected(minor, f.count(minor)));
  const congested = scenario.congested.filter((c) => c.element).length;
  if (congested) parts.push(m.congested(congested, f.count(congested)));
  return `${parts.join(', ')}.`;
}

/** The announcement: the event's words, then "Computing the impact…" while pending, or the impact once known. */
export function announcementText(backbone: Backbone | null, event: { what: StoreEvent; pending: boolean } | null, scenario: ScenarioView | null, anyCut: boolean, lang: Lang): string {
  if (!event) return '';
  const lead = eventLead(backbone, event.what, lang);
  if (event.pending || !scenario) return `${lead} ${messagesFor(lang).store.computing}`;
  return `${lead} ${impactSummary(scenario, anyCut, lang)}`;
}
