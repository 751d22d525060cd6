// The embed script: <script type="module" src=".../embed/backbone-explorer.js"> defines
// <backbone-explorer>; the same file exports mountExplorer for pages that mount by code.
import { defineBackboneExplorer } from './element';

export { mountExplorer } from './mount';
export type { ExplorerEvent, MountedExplorer, MountOptions } from './mount';
export type { ExplorerOptions } from './options';
export { CONCEPTS } from './concepts';
export { BackboneExplorerElement, defineBackboneExplorer } from './element';

defineBackboneExplorer();
