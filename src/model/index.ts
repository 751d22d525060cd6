/**
 * The failover engine: pure, deterministic, no DOM. Typical use:
 *
 *   const graph = buildGraph(backbone, { year: 2024 });
 *   const baseline = computeBaseline(graph, buildDemand(graph));
 *   const impact = applyCuts(baseline, { cables: ['marea'] });   // cheap: only touched flows
 *   const route = policyRouteBetween(baseline.router, 'new-york', 'london');   // the route BGP policy picks
 */
export * from './ids';
export * from './latency';
export * from './capacity';
export * from './graph';
export * from './cuts';
export * from './routing';
export * from './demand';
export * from './baseline';
export * from './assignment';
export * from './delivery';
export * from './countries';
export * from './failover';
export * from './satellite';
export * from './countryImpact';
export * from './networks';
export * from './asTree';
export * from './policyRouting';
export * from './flowRoutes';
export * from './transitPolicy';
export * from './reality';
export * from './criticality';
export * from './corridors';
export * from './geometry';
export * from './names';
export * from './cutSpec';
export * from './routeEnds';
export * from './report';
export { MinHeap } from './heap';
export * from './prefix';
export * from './announcements';
export * from './routingTrust';
export * from './trustGraph';
export * from './trustScenario';
export * from './routingReplays';
export * from './trustEngine';
export * from './trustFlows';
