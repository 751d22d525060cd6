import { readFileSync } from 'node:fs';

/** A JSON file's value. A UTF-8 byte-order mark is skipped, as browsers skip it when they fetch the same file. */
export function readJsonFile(file: string | URL): unknown {
  const text = readFileSync(file, 'utf8');
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Text safe to print on a terminal: control characters (an escape sequence in a hostile id could clear
 * the screen or fake output) are shown as \u{…} escapes; line breaks and tabs are kept.
 */
export function forTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
