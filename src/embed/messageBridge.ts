import type { MountedExplorer } from './mount';

/** What a host page may ask an iframe embed, by postMessage. */
type BridgeRequest =
  | { type: 'backbone-explorer:cut'; target: string }
  | { type: 'backbone-explorer:restore'; target: string }
  | { type: 'backbone-explorer:restore-all' }
  | { type: 'backbone-explorer:select'; ref: string | null }
  | { type: 'backbone-explorer:ping' };

const TYPES = new Set(['backbone-explorer:cut', 'backbone-explorer:restore', 'backbone-explorer:restore-all', 'backbone-explorer:select', 'backbone-explorer:ping']);

/**
 * Lets the page around an iframe embed drive it and hear its events, but only
 * pages whose origin the embed's `allow-origins` lists: a message from any
 * other origin is ignored, and events are posted to allowed origins only.
 */
export function connectMessageBridge(explorer: MountedExplorer, allowOrigins: readonly string[], host: Window = window.parent, self: Window = window): () => void {
  const allowed = new Set(allowOrigins);
  const onMessage = (event: MessageEvent) => {
    if (!allowed.has(event.origin)) return;
    const data = event.data as Partial<BridgeRequest> | null;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !TYPES.has(data.type)) return;
    const reply = (payload: object) => (event.source as Window | null)?.postMessage({ ...payload }, event.origin);
    switch (data.type) {
      case 'backbone-explorer:cut':
        if (typeof data.target === 'string') explorer.cut(data.target);
        break;
      case 'backbone-explorer:restore':
        if (typeof data.target === 'string') explorer.restore(data.target);
        break;
      case 'backbone-explorer:restore-all':
        explorer.restoreAll();
        break;
      case 'backbone-explorer:select':
        if (typeof data.ref === 'string' || data.ref === null) explorer.select(data.ref ?? null);
        break;
      case 'backbone-explorer:ping':
        reply({ type: 'backbone-explorer:pong' });
        break;
    }
  };
  self.addEventListener('message', onMessage);
  const unsubscribe = explorer.subscribe((event) => {
    if (host === self) return;
    for (const origin of allowed) host.postMessage({ type: `backbone-explorer:${event.type}`, event }, origin);
  });
  return () => {
    self.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
