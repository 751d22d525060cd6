import { readFileSync, statSync } from 'node:fs';
import { tooManyBytes, tooManyRecords } from '../data/limits';

/** A JSON file's value. A UTF-8 byte-order mark is skipped, as browsers skip it when they fetch the same file. */
export function readJsonFile(file: string | URL): unknown {
  const text = readFileSync(file, 'utf8');
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** A dataset past the documented size limit (src/data/limits.ts): refused with one message, exit code 2. */
export class DatasetTooLargeError extends Error {
  override name = 'DatasetTooLargeError';
}

/** A dataset file's JSON, refused before it is read when it has too many bytes, and before it is validated when it has too many records. */
export function readDatasetFile(file: string): unknown {
  const bytes = tooManyBytes(statSync(file).size);
  if (bytes) throw new DatasetTooLargeError(bytes);
  const json = readJsonFile(file);
  const records = tooManyRecords(json);
  if (records) throw new DatasetTooLargeError(records);
  return json;
}

/**
 * Text safe to print on a terminal: control characters (an escape sequence in a hostile id could clear
 * the screen or fake output) are shown as \u{…} escapes; line breaks and tabs are kept.
 */
export function forTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
