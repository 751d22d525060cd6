// The embed script: <script type="module" src=".../embed/backbone-explorer.js"> defines
// <backbone-explorer>; the same file exports mountExplorer for pages that mount by code.
import './preactCompat';
import { defineBackboneExplorer } from './element';

// mountExplorer as this script offers it: in the element's shadow DOM, styled, with the dataset beside the script.
export { mountIsolatedExplorer as mountExplorer } from './isolatedMount';
export type { ExplorerEvent, MountedExplorer, MountOptions } from './mount';
export type { ExplorerOptions } from './options';
export { CONCEPTS } from './concepts';
export { BackboneExplorerElement, defineBackboneExplorer } from './element';

defineBackboneExplorer();
