export * from './schema';
export { validateDataset, formatProblems, formatPath } from './validate';
export { normalizeDataset } from './normalize';
export type { Backbone } from './normalize';
export { parseBackbone } from './load';
