import { options } from 'preact';
import type { VNode } from 'preact';
import { renderingUnsliced } from '../views/renderSlicing';

/**
 * The embed script runs our React components on preact/compat (vite.embed.config.ts), which
 * differs from React in one place that matters here: it writes `tabIndex` on an SVG element
 * as a case-sensitive `tabIndex` attribute, which browsers ignore, so the map could not take
 * keyboard focus (preactjs/preact#1061, declined there; React lower-cases it, react#11033).
 * `tabindex` is the only SVG attribute with this problem.
 */
const next = options.vnode;
options.vnode = (vnode: VNode) => {
  const props = vnode.props as Record<string, unknown>;
  if (typeof vnode.type === 'string' && props && 'tabIndex' in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  next?.(vnode);
};

// preact/compat renders a transition in one task, as any other update: the map's first drawing takes smaller rounds.
renderingUnsliced();
