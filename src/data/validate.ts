import type { $ZodIssue } from 'zod/v4/core';
import { firstMapDatasetSchema } from './firstMapSchema';
import { datasetSchema } from './schema';
import type { Dataset } from './schema';
import { checkRelations } from './relations';
import { checkSince } from './sinceChecks';
import { checkIxpMembers } from './ixpMemberChecks';
import { checkLandingStations } from './landingPoints';
import { guardStructure } from './structureGuard';

import { formatPath } from './problems';
import type { PathPart, Problem } from './problems';

export { formatPath, formatProblems } from './problems';
export type { PathPart, Problem } from './problems';

export type ValidationResult = { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

/**
 * What is checked: a `full` dataset (one file, every field: what people bring and what the command lines read),
 * or a `first-map` file, whose records may lack their deferred fields (detailFields.ts), the details file holding them.
 */
export type DatasetForm = 'full' | 'first-map';

/**
 * Checks a parsed JSON value against the schema and then the relations between
 * records. Never throws: whatever it is given, it answers with problems.
 */
export function validateDataset(input: unknown, form: DatasetForm = 'full'): ValidationResult {
  const schema = form === 'first-map' ? firstMapDatasetSchema : datasetSchema;
  try {
    // Cycles and absurd nesting are cut off first, each named where it was found, so the schema's problems are all still listed.
    const guarded = guardStructure(input);
    const structural = guarded.problems.map(({ path, message }) => ({ path, message, where: formatPath(path, input) }));
    const parsed = schema.safeParse(guarded.value, { reportInput: true });
    if (!parsed.success) {
      // What the schema says about a cut-off place (now null) is about the cut, not the data: the structural problem says it.
      const cut = (path: readonly PathPart[]) => guarded.problems.some((p) => p.path.length <= path.length && p.path.every((part, i) => part === path[i]));
      const issues = parsed.error.issues.map((issue) => fromZodIssue(issue, guarded.value)).filter((p) => !cut(p.path));
      return { ok: false, problems: [...structural, ...issues] };
    }
    if (structural.length) return { ok: false, problems: structural };
    const problems = [...checkRelations(parsed.data), ...checkSince(parsed.data), ...checkIxpMembers(parsed.data), ...checkLandingStations(parsed.data)].map(({ path, message }) => ({ path, message, where: formatPath(path, parsed.data) }));
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
    if (received === undefined) return `is missing (expected ${issue.expected})`;
    // NaN and ±Infinity are numbers to JavaScript (1e999 in a JSON file reads as Infinity): name them as they are.
    if (issue.expected === 'number' && typeof received === 'number') return `must be a finite number, got ${received}`;
    if (issue.expected === 'int' && typeof received === 'number') return `must be a whole number, got ${received}`;
    return `must be ${issue.expected}, not ${describeValue(received)}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  // A record that may take several forms (a fault on a cable or on a link; a transit or a peering): what each form found wrong.
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const forms = issue.errors.map((branch, i) => `(${i + 1}) ${branch.map((e) => `${e.path.length ? `${e.path.join('.')} ` : ''}${explain(e)}`).join('; ')}`);
    return `matches none of the forms it may take: ${forms.join('; ')}`;
  }
  return issue.message;
}

/** A value named in a few words; never serialised whole (it may be huge, deep or contain itself). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}${value.length > 40 ? '…' : ''}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

