import type { PathPart } from './validate';

/**
 * The deepest a value may be nested before the validator stops going down. The schema's deepest legitimate
 * place is six levels down (`cables[3].segments[0].route[5][1]`); anything far below it is not a dataset,
 * and a value nested ten thousand deep would overflow the stack of whatever recurses over it.
 */
export const MAX_DEPTH = 32;

/** At most this many structural problems are listed: one cycle repeated in a million records says enough in a few lines. */
const MAX_PROBLEMS = 20;

interface StructureProblem {
  path: PathPart[];
  message: string;
}

export interface GuardedInput {
  /** The input where nothing was found, else a copy in which each offending value is replaced by null (copied only along those paths). */
  value: unknown;
  /** The places where a value is nested too deep or refers back to a value that contains it. */
  problems: StructureProblem[];
}

interface Frame {
  node: object;
  keys: readonly string[] | null;
  next: number;
}

const isContainer = (value: unknown): value is object => value !== null && typeof value === 'object';

/** Replaces the value at path with null, copying only the containers along the path (the caller's input is never changed). */
function pruned(root: unknown, paths: readonly PathPart[][]): unknown {
  const copies = new Map<object, object>();
  const copyOf = (node: object): Record<PathPart, unknown> => {
    let copy = copies.get(node);
    if (!copy) {
      copy = Array.isArray(node) ? [...(node as unknown[])] : { ...node };
      copies.set(node, copy);
    }
    return copy as Record<PathPart, unknown>;
  };
  if (!isContainer(root)) return root;
  const top = copyOf(root);
  for (const path of paths) {
    let source: unknown = root;
    let target = top;
    path.forEach((part, i) => {
      const child = isContainer(source) ? (source as Record<PathPart, unknown>)[part] : undefined;
      if (i === path.length - 1 || !isContainer(child)) {
        target[part] = null;
        return;
      }
      const next = copyOf(child);
      target[part] = next;
      target = next;
      source = child;
    });
  }
  return top;
}

const written = (path: readonly PathPart[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(dataset)';

/**
 * Walks a value without recursion (an explicit stack, so no input can overflow the call stack) and finds
 * what no schema check could survive: nesting deeper than MAX_DEPTH and cycles (a JavaScript object handed
 * to the validator can contain itself; parsed JSON cannot). Each is named at the deepest point reached,
 * and the value handed on has those places cut off, so that every other problem is still found.
 */
export function guardStructure(input: unknown): GuardedInput {
  if (!isContainer(input)) return { value: input, problems: [] };
  const problems: StructureProblem[] = [];
  const onPath = new Set<object>([input]);
  const stack: Frame[] = [{ node: input, keys: Array.isArray(input) ? null : Object.keys(input), next: 0 }];
  const path: PathPart[] = [];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const frame = stack[stack.length - 1]!;
    const size = frame.keys ? frame.keys.length : (frame.node as unknown[]).length;
    if (frame.next >= size) {
      stack.pop();
      onPath.delete(frame.node);
      path.pop();
      continue;
    }
    const key: PathPart = frame.keys ? frame.keys[frame.next]! : frame.next;
    frame.next++;
    const child = (frame.node as Record<PathPart, unknown>)[key];
    if (!isContainer(child)) continue;
    if (onPath.has(child)) {
      const ancestor = stack.findIndex((f) => f.node === child);
      problems.push({ path: [...path, key], message: `refers back to ${written(path.slice(0, ancestor))}, which contains it (a cycle); the check stopped here` });
      continue;
    }
    if (path.length + 1 > MAX_DEPTH) {
      problems.push({ path: [...path, key], message: `is nested more than ${MAX_DEPTH} levels deep; the check stopped here` });
      continue;
    }
    path.push(key);
    onPath.add(child);
    stack.push({ node: child, keys: Array.isArray(child) ? null : Object.keys(child), next: 0 });
  }
  return problems.length ? { value: pruned(input, problems.map((p) => p.path)), problems } : { value: input, problems };
}
