import type { LonLat } from '../data/schema';

/**
 * Named chokepoints where many cables run together: cutting one cuts every
 * segment and link passing within its radius of its centre. Centres and radii
 * are ours, drawn around the narrow water each name stands for.
 */
export interface CorridorPreset {
  id: string;
  name: string;
  at: LonLat;
  radiusKm: number;
}

export const CORRIDORS: readonly CorridorPreset[] = [
  { id: 'red-sea', name: 'Red Sea and Bab-el-Mandeb', at: [42.5, 14.5], radiusKm: 220 },
  { id: 'suez', name: 'Egypt and the Suez crossing', at: [31.0, 30.6], radiusKm: 230 },
  { id: 'luzon-strait', name: 'Luzon Strait', at: [121.0, 21.0], radiusKm: 230 },
  { id: 'malacca', name: 'Strait of Malacca', at: [100.3, 3.8], radiusKm: 260 },
  { id: 'english-channel', name: 'English Channel', at: [-1.5, 50.1], radiusKm: 120 },
  { id: 'gibraltar', name: 'Strait of Gibraltar', at: [-5.6, 35.95], radiusKm: 60 },
  { id: 'sicily', name: 'Strait of Sicily', at: [11.8, 37.0], radiusKm: 140 },
  { id: 'baltic', name: 'Central Baltic Sea', at: [19.5, 56.5], radiusKm: 250 },
];
