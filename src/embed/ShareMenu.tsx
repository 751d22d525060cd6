import { useRef, useState } from 'react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { encodeOptions } from './encodeOptions';
import type { ExplorerOptions } from './options';
import { optionsFromState } from './stateOptions';
import { impactCsv, impactRecord } from '../model/impactExport';
import { useExplorerStore } from '../store/context';
import { useMessages } from '../views/i18n/useMessages';
import { downloadBlob, legendOf, renderMapPng, serializeMapSvg } from './download';

/** The current view as options, and as the query string that restores it. */
function currentQuery(state: ReturnType<ReturnType<typeof useExplorerStore>['getState']>, base: ExplorerOptions): string {
  const view = state.viewCentre ? { centre: state.viewCentre, zoom: state.zoom.k } : null;
  return encodeOptions(optionsFromState(state, view, base));
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The two snippets a glossary author pastes: an iframe, and the script with its element. */
function embedSnippets(pageUrl: string, query: string): { iframe: string; script: string } {
  const embedUrl = new URL(`embed.html${query ? `?${query}` : ''}`, pageUrl).href;
  const scriptUrl = new URL('embed/backbone-explorer.js', pageUrl).href;
  const attributes = [...new URLSearchParams(query)].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return {
    iframe: `<iframe src="${escapeAttribute(embedUrl)}" title="Backbone Explorer" width="800" height="450" style="border:0" loading="lazy"></iframe>`,
    script: `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n<backbone-explorer${attributes} height="450"></backbone-explorer>`,
  };
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Share the view (a link that restores it, embed code) and export it (SVG, PNG, impact as JSON or CSV). */
export function ShareMenu({ base }: { base: ExplorerOptions }) {
  const store = useExplorerStore();
  const m = useMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  const [snippets, setSnippets] = useState<{ iframe: string; script: string } | null>(null);

  const mapOf = (event: ReactMouseEvent) => {
    const explorer = (event.currentTarget as HTMLElement).closest('.explorer');
    const { backbone } = store.getState();
    // An exported map carries what the screen shows beside it: the legend of the cuts and the credits the licences ask for.
    const attribution = backbone ? `${backbone.dataset.meta.attribution} · ${m.app.basemapCredit}` : m.app.basemapCredit;
    return {
      svg: explorer?.querySelector<SVGSVGElement>('svg.map-svg') ?? null,
      packets: explorer?.querySelector<HTMLCanvasElement>('canvas.packets') ?? null,
      extras: { legend: legendOf(explorer ?? null), attribution },
    };
  };
  const pageUrl = () => window.location.href.split('?')[0]!.split('#')[0]!;

  const shareLink = async () => {
    const query = currentQuery(store.getState(), base);
    const url = `${pageUrl()}${query ? `?${query}` : ''}`;
    window.history.replaceState(null, '', url);
    setStatus((await copyText(url)) ? m.share.linkCopied : m.share.copyThisLink(url));
  };
  const openEmbed = () => {
    setSnippets(embedSnippets(pageUrl(), currentQuery(store.getState(), base)));
    dialog.current?.showModal();
  };
  const impact = () => {
    const s = store.getState();
    const cuts = [...s.cuts.cables.map((c) => `cable:${c}`), ...s.cuts.segments.map((c) => `segment:${c}`), ...s.cuts.links.map((c) => `link:${c}`), ...s.cuts.metros.map((c) => `metro:${c}`)];
    return s.scenario ? { scenario: s.scenario, cuts } : null;
  };

  return (
    <div className="share-menu">
      <details>
        <summary>{m.share.menu}</summary>
        <div className="share-items" role="group" aria-label={m.share.group}>
          <button type="button" onClick={shareLink}>
            {m.share.copyLink}
          </button>
          <button type="button" onClick={openEmbed}>
            {m.share.copyEmbed}
          </button>
          <button
            type="button"
            onClick={(e) => {
              const { svg, extras } = mapOf(e);
              if (svg) downloadBlob(new Blob([serializeMapSvg(svg, extras)], { type: 'image/svg+xml' }), 'backbone-explorer.svg');
            }}
          >
            {m.share.svg}
          </button>
          <button
            type="button"
            onClick={(e) => {
              const { svg, packets, extras } = mapOf(e);
              if (svg) renderMapPng(svg, packets, extras).then((png) => downloadBlob(png, 'backbone-explorer.png'), (error: Error) => setStatus(error.message));
            }}
          >
            {m.share.png}
          </button>
          <button
            type="button"
            onClick={() => {
              const i = impact();
              if (i) downloadBlob(new Blob([JSON.stringify(impactRecord(i.scenario, i.cuts), null, 2)], { type: 'application/json' }), 'backbone-impact.json');
            }}
          >
            {m.share.json}
          </button>
          <button
            type="button"
            onClick={() => {
              const i = impact();
              if (i) downloadBlob(new Blob([impactCsv(i.scenario, i.cuts)], { type: 'text/csv' }), 'backbone-impact.csv');
            }}
          >
            {m.share.csv}
          </button>
        </div>
      </details>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">{m.share.dialogTitle}</h2>
        {snippets && (
          <>
            <label>
              {m.share.asIframe}
              <textarea readOnly rows={3} value={snippets.iframe} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <button type="button" onClick={async () => setStatus((await copyText(snippets.iframe)) ? m.share.copied : m.share.selectAndCopy)}>
              {m.share.copyIframe}
            </button>
            <label>
              {m.share.asScript}
              <textarea readOnly rows={4} value={snippets.script} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <button type="button" onClick={async () => setStatus((await copyText(snippets.script)) ? m.share.copied : m.share.selectAndCopy)}>
              {m.share.copyScript}
            </button>
          </>
        )}
        <form method="dialog">
          <button type="submit">{m.share.close}</button>
        </form>
      </dialog>
    </div>
  );
}
