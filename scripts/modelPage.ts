import { readFileSync } from 'node:fs';
import { Marked } from 'marked';

/**
 * docs/MODEL.md as a page served with the app (model.html), so that "How is this computed?" in the
 * interface links to the model's own documentation, whatever host the app is on. Each heading gets an
 * id from its words without the trailing file list: "## 5. Capacity and congestion (`capacity.ts`)" is #5-capacity-and-congestion.
 */
export function headingId(text: string): string {
  return text
    .replace(/\s*\(.*\)\s*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function renderModelPage(markdown = readFileSync('docs/MODEL.md', 'utf8')): string {
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth, text }) {
        return `<h${depth} id="${headingId(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Backbone Explorer: how the model works</title>
<style>
body { font: 16px/1.55 system-ui, sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; color: #111827; background: #fff; }
code { font-size: 0.9em; background: #f3f4f6; padding: 0 0.2em; border-radius: 3px; }
pre { overflow-x: auto; background: #f3f4f6; padding: 0.75rem; }
table { border-collapse: collapse; display: block; overflow-x: auto; font-size: 14px; }
th, td { border: 1px solid #d1d5db; padding: 0.25rem 0.5rem; vertical-align: top; }
a { color: #1d4ed8; }
</style>
</head>
<body>
<p><a href="./">← Back to the explorer</a></p>
${body}
</body>
</html>
`;
}
