/**
 * Offers a file to the reader: a temporary link to a blob, clicked and released.
 * The same as the embed's downloadBlob (src/embed/download.ts), which views may
 * not import: entry points use views, never the reverse (eslint.config.js).
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Released a moment later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
