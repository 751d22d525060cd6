export * from './schema';
export { validateDataset, formatProblems, formatPath } from './validate';
export type { Problem, ValidationResult, PathPart } from './validate';
export { normalizeDataset, isCableActiveIn, isSegmentActiveIn } from './normalize';
export { accessNetworkId } from './relationshipChecks';
export type { Backbone } from './normalize';
export { parseBackbone, fetchBackbone, fetchBackboneOnce } from './load';
export type { LoadResult } from './load';
