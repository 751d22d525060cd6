import type { StateCreator } from 'zustand';
import { fetchDetailsOnce } from '../../data/details';
import type { DatasetSlice, ExplorerState } from '../types';

export const createDatasetSlice: StateCreator<ExplorerState, [], [], DatasetSlice> = (set, get) => ({
  dataStatus: 'loading',
  backbone: null,
  problems: [],
  details: { status: 'included' },
  setDataset: (result) =>
    set(
      result.ok
        ? {
            dataStatus: 'ready',
            backbone: result.backbone,
            problems: [],
            year: result.backbone.years.asOf,
            details: result.detailsUrl ? { status: 'waiting', url: result.detailsUrl } : { status: 'included' },
          }
        : { dataStatus: 'error', backbone: null, problems: result.problems, details: { status: 'included' } },
    ),
  needDetails: () => {
    const { details, backbone } = get();
    if (!backbone || (details.status !== 'waiting' && details.status !== 'failed')) return;
    const { url } = details;
    set({ details: { status: 'loading', url } });
    void fetchDetailsOnce(url, backbone.dataset).then((result) => {
      // A dataset loaded meanwhile has details of its own.
      if (get().backbone !== backbone) return;
      set({ details: result.ok ? { status: 'ready', details: result.details } : { status: 'failed', url, problem: result.problem } });
    });
  },
});
