import type { StateCreator } from 'zustand';
import type { ExplorerState, SelectionSlice } from '../types';

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  hovered: null,
  select: (selected) => set({ selected, hovered: null }),
  hover: (hovered) => set({ hovered }),
});
