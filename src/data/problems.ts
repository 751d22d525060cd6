import { COLLECTIONS } from './collections';

export type PathPart = string | number;

/** One thing wrong with a dataset, located by its JSON path. */
export interface Problem {
  path: PathPart[];
  /** The path written out, with the id of the record it falls in: `cables[3] "sea-me-we-4".segments[0].from`. */
  where: string;
  message: string;
}

/** `cables[3] "sea-me-we-4".segments[0].from`: the path, with the record's id where one is known. */
export function formatPath(path: readonly PathPart[], root: unknown): string {
  if (path.length === 0) return '(dataset)';
  let text = '';
  let node: unknown = root;
  path.forEach((part, depth) => {
    text += typeof part === 'number' ? `[${part}]` : depth === 0 ? part : `.${part}`;
    node = node !== null && typeof node === 'object' ? (node as Record<PathPart, unknown>)[part] : undefined;
    const isRecord = depth === 1 && typeof part === 'number' && (COLLECTIONS as readonly PathPart[]).includes(path[0]!);
    if (isRecord && node !== null && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      // Quoted as JSON (control characters escaped) and shortened: the id comes from the data, whatever it holds.
      const id = (node as { id: string }).id;
      text += ` ${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)}`;
    }
  });
  return text;
}

/** Problems as lines of text, one each, for the console and the command line. */
export function formatProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.where}: ${p.message}`);
}
