/**
 * Whether the components run on a renderer that renders transitions in slices that yield to the page (React), or
 * renders each update in one task (preact/compat, which the embed script runs them on: src/embed/preactCompat.ts
 * says so). Work that is split into rounds (the map's first drawing) makes its rounds smaller on the latter.
 */
let sliced = true;

export function rendersInSlices(): boolean {
  return sliced;
}

/** Said once by the runtime that renders each update in one task. */
export function renderingUnsliced(): void {
  sliced = false;
}
