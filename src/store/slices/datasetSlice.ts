import type { StateCreator } from 'zustand';
import type { DatasetSlice, ExplorerState } from '../types';

export const createDatasetSlice: StateCreator<ExplorerState, [], [], DatasetSlice> = (set) => ({
  dataStatus: 'loading',
  backbone: null,
  problems: [],
  setDataset: (result) =>
    set(
      result.ok
        ? { dataStatus: 'ready', backbone: result.backbone, problems: [], year: result.backbone.years.asOf }
        : { dataStatus: 'error', backbone: null, problems: result.problems },
    ),
});
