import type { $ZodIssue } from 'zod/v4/core';
import { COLLECTIONS, datasetSchema } from './schema';
import type { Dataset } from './schema';
import { checkRelations } from './relations';
import { checkSince } from './sinceChecks';

export type PathPart = string | number;

/** One thing wrong with a dataset, located by its JSON path. */
export interface Problem {
  path: PathPart[];
  /** The path written out, with the id of the record it falls in: `cables[3] "sea-me-we-4".segments[0].from`. */
  where: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

/**
 * Checks a parsed JSON value against the schema and then the relations between
 * records. Never throws: whatever it is given, it answers with problems.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    const parsed = datasetSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => fromZodIssue(issue, input)) };
    const problems = [...checkRelations(parsed.data), ...checkSince(parsed.data)].map(({ path, message }) => ({ path, message, where: formatPath(path, parsed.data) }));
    return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.data, problems: [] };
  } catch (error) {
    // A defect in a check must still come out as a problem, never as a crash of the caller.
    return { ok: false, problems: [{ path: [], where: '(dataset)', message: `validation failed unexpectedly: ${String(error)}` }] };
  }
}

function fromZodIssue(issue: $ZodIssue, input: unknown): Problem {
  const path = issue.path.filter((p): p is PathPart => typeof p === 'string' || typeof p === 'number');
  return { path, where: formatPath(path, input), message: explain(issue) };
}

function explain(issue: $ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = (issue as { input?: unknown }).input;
    return received === undefined ? `is missing (expected ${issue.expected})` : `must be ${issue.expected}, not ${describeValue(received)}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the text ${JSON.stringify(value.slice(0, 40))}` : `${typeof value} ${JSON.stringify(value)?.slice(0, 40) ?? ''}`.trim();
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
      text += ` "${(node as { id: string }).id}"`;
    }
  });
  return text;
}

/** Problems as lines of text, one each, for the console and the command line. */
export function formatProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.where}: ${p.message}`);
}
