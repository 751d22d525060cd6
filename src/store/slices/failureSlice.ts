import type { StateCreator } from 'zustand';
import type { Backbone } from '../../data/normalize';
import type { Incident, LonLat } from '../../data/schema';
import { nearestSegment } from '../../geo/nearestSegment';
import { elementsNear } from '../../geo/segmentsNear';
import type { NearbyElements } from '../../geo/segmentsNear';
import type { CutSet } from '../../model/cuts';
import type { CutState, CutTarget, ExplorerState, FailureSlice, StoreEvent, TargetProblem } from '../types';
import { isSuperseded } from '../../worker/protocol';

const NO_CUTS: CutState = { cables: [], segments: [], links: [], metros: [] };

const LIST: Record<CutTarget['kind'], keyof CutState> = { cable: 'cables', segment: 'segments', link: 'links', metro: 'metros' };

/** The key a target has in its list: the id, or `cable#index` for a segment. */
const cutKey = (t: CutTarget): string => (t.kind === 'segment' ? `${t.id}#${t.index}` : t.id);

export function isCut(cuts: CutState, target: CutTarget): boolean {
  return cuts[LIST[target.kind]].includes(cutKey(target)) || (target.kind === 'segment' && cuts.cables.includes(target.id));
}

export function cutCount(cuts: CutState): number {
  return cuts.cables.length + cuts.segments.length + cuts.links.length + cuts.metros.length;
}

/** The cut state in the engine's terms. */
export function toCutSet(cuts: CutState): CutSet {
  return {
    cables: cuts.cables,
    edges: cuts.segments.map((key) => {
      const at = key.lastIndexOf('#');
      return `seg:${key.slice(0, at)}:${key.slice(at + 1)}`;
    }),
    links: cuts.links,
    metros: cuts.metros,
  };
}


/** Every cable segment and terrestrial link passing within `radiusKm` of a point, as cut targets: what a region or a corridor cut takes out. */
export function targetsNear(backbone: Backbone, at: LonLat, radiusKm: number): { targets: CutTarget[]; near: NearbyElements } {
  const near = elementsNear(backbone, at, radiusKm);
  const targets: CutTarget[] = [
    ...near.segments.map((seg): CutTarget => ({ kind: 'segment', id: seg.cable, index: seg.index })),
    ...near.links.map((id): CutTarget => ({ kind: 'link', id })),
  ];
  return { targets, near };
}

/** What replaying an incident cuts: the segment passing nearest each fault, else the whole cable; a terrestrial link whole. */
export function incidentTargets(backbone: Backbone, incident: Incident): CutTarget[] {
  return incident.faults.map((fault): CutTarget => {
    if ('link' in fault) return { kind: 'link', id: fault.link };
    const index = fault.at ? nearestSegment(backbone, fault.cable, fault.at) : null;
    return index === null ? { kind: 'cable', id: fault.cable } : { kind: 'segment', id: fault.cable, index };
  });
}

/** Where an incident happened: each fault's position, or the landing points of a cable cut with none given, or a link's ends. */
export function incidentPlaces(backbone: Backbone, incident: Incident): LonLat[] {
  return incident.faults.flatMap((fault): LonLat[] => {
    if ('link' in fault) {
      const link = backbone.terrestrialLinks.get(fault.link);
      return [link?.from, link?.to].flatMap((id) => {
        const metro = id === undefined ? undefined : backbone.metros.get(id);
        return metro ? [[metro.lon, metro.lat] as LonLat] : [];
      });
    }
    if (fault.at) return [fault.at];
    const cable = backbone.cables.get(fault.cable);
    return (cable?.landingPoints ?? []).flatMap((id) => {
      const lp = backbone.landingPoints.get(id);
      return lp ? [[lp.lon, lp.lat] as LonLat] : [];
    });
  });
}

/** Why a target cannot be cut in this dataset, or null when it can. */
function unknownTarget(backbone: Backbone | null, t: CutTarget): TargetProblem | null {
  if (!backbone) return { kind: 'notLoaded' };
  if (t.kind === 'cable' && !backbone.cables.has(t.id)) return { kind: 'noCable', id: t.id };
  if (t.kind === 'segment' && !backbone.cables.get(t.id)?.segments[t.index]) return { kind: 'noSegment', id: t.id, index: t.index };
  if (t.kind === 'link' && !backbone.terrestrialLinks.has(t.id)) return { kind: 'noLink', id: t.id };
  if (t.kind === 'metro' && !backbone.metros.has(t.id)) return { kind: 'noCity', id: t.id };
  return null;
}

export const createFailureSlice: StateCreator<ExplorerState, [], [], FailureSlice> = (set, get) => {
  const withTarget = (cuts: CutState, t: CutTarget, add: boolean): CutState => {
    const list = LIST[t.kind];
    const key = cutKey(t);
    return { ...cuts, [list]: add ? [...cuts[list], key] : cuts[list].filter((k) => k !== key) };
  };
  /** Records what happened; `pending` until the engine's answer for it arrives (recompute.ts). */
  const happened = (what: StoreEvent) => ({ event: { what, pending: true, seq: (get().event?.seq ?? 0) + 1 } });

  return {
    engine: null,
    cuts: NO_CUTS,
    scenario: null,
    scenarioStatus: 'idle',
    event: null,
    notice: null,
    inspector: { from: null, to: null, current: null, intact: null },
    critical: null,
    incident: null,
    regionPick: null,
    regions: [],
    startRegionPick: (regionPick) => set({ regionPick }),
    cutRegion: (at, radiusKm) => {
      const { backbone } = get();
      if (!backbone) return;
      const { targets, near } = targetsNear(backbone, at, radiusKm);
      set((s) => ({ regionPick: null, regions: [...s.regions, { at, radiusKm }] }));
      if (!targets.length) return set({ notice: { kind: 'nothingWithin', km: radiusKm } });
      get().cutMany(targets, { kind: 'region', km: radiusKm, at, segments: near.segments.length, links: near.links.length });
    },
    attachEngine: (engine) => set({ engine, scenario: null, critical: null, scenarioStatus: engine ? 'computing' : 'idle' }),

    cut: (target) => {
      const { backbone, cuts } = get();
      const problem = unknownTarget(backbone, target);
      if (problem) return set({ notice: { kind: 'nothingWasCut', problem } });
      if (isCut(cuts, target)) return set({ notice: { kind: 'alreadyCut', target } });
      set({ cuts: withTarget(cuts, target, true), notice: null, incident: null, ...happened({ kind: 'cut', subject: { kind: 'targets', targets: [target] } }) });
    },

    cutMany: (targets, subject) => {
      const { backbone } = get();
      let cuts = get().cuts;
      const problems: TargetProblem[] = [];
      for (const t of targets) {
        const problem = unknownTarget(backbone, t);
        if (problem) problems.push(problem);
        else if (!isCut(cuts, t)) cuts = withTarget(cuts, t, true);
      }
      set({ cuts, notice: problems.length ? { kind: 'someNotCut', subject, problems } : null, ...happened({ kind: 'cut', subject }) });
    },

    restore: (target) => {
      const { cuts } = get();
      if (!cuts[LIST[target.kind]].includes(cutKey(target))) return set({ notice: { kind: 'notCut', target } });
      set({ cuts: withTarget(cuts, target, false), notice: null, incident: null, ...happened({ kind: 'restore', target }) });
    },

    restoreAll: () => {
      if (cutCount(get().cuts) === 0) return set({ notice: { kind: 'nothingIsCut' } });
      set({ cuts: NO_CUTS, regions: [], notice: null, incident: null, ...happened({ kind: 'restoreAll' }) });
    },

    replayIncident: (incidentId) => {
      const { backbone } = get();
      const incident = backbone?.incidents.get(incidentId);
      if (!backbone || !incident) return set({ notice: { kind: 'noIncident', id: incidentId } });
      const targets = incidentTargets(backbone, incident);
      const cuts = targets.reduce((acc, t) => (isCut(acc, t) ? acc : withTarget(acc, t, true)), NO_CUTS);
      get().setYear(Number(incident.date.slice(0, 4)));
      set({ cuts, incident: incidentId, notice: null, ...happened({ kind: 'replay', incident: incidentId }) });
      // Go to the place: the faults framed together (the globe turns to them).
      const places = incidentPlaces(backbone, incident);
      if (places.length) get().focusOn(places[0]!, 3, { type: 'MultiPoint', coordinates: places });
    },

    setInspector: (from, to) => set((s) => ({ inspector: { ...s.inspector, from, to, current: null, intact: null } })),
    loadCritical: () => {
      const { engine, year } = get();
      if (!engine) return;
      engine.critical(year, 10).then(
        (critical) => get().year === year && set({ critical }),
        (error: unknown) => !isSuperseded(error) && set({ notice: { kind: 'failed', what: 'critical', error: String(error) } }),
      );
    },
    dismissNotice: () => set({ notice: null }),
    setNotice: (notice) => set({ notice }),
  };
};
