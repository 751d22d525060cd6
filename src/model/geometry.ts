/** Distances from a point to routes on the sphere, for cuts at a point or in a region: the shared sphere module's. */
export { distanceToRouteKm } from '../sphere';
