import { useExplorer, useExplorerStore } from '../../store/context';
import { LAYERS } from '../../store/types';
import { useMessages } from '../i18n/useMessages';

/** Layer switches, each with its map symbol: the legend and the controls are one list. */
export function LayerControls() {
  const layers = useExplorer((s) => s.layers);
  const store = useExplorerStore();
  const m = useMessages();
  return (
    <fieldset className="layers">
      <legend>{m.layers.legend}</legend>
      {LAYERS.map((layer) => (
        <label key={layer} className="layer-toggle">
          <input type="checkbox" checked={layers[layer]} onChange={() => store.getState().toggleLayer(layer)} />
          <svg className={`swatch swatch--${layer}`} width="22" height="12" aria-hidden="true">
            {layer === 'submarine' || layer === 'terrestrial' ? <line x1="1" y1="6" x2="21" y2="6" /> : layer === 'ixps' ? <rect x="6" y="1" width="10" height="10" /> : layer === 'facilities' ? <path d="M11 1 L16 6 L11 11 L6 6 Z" /> : <circle cx="11" cy="6" r="4.5" />}
          </svg>
          {m.layers[layer]}
        </label>
      ))}
      <p className="legend-note">
        <svg className="swatch swatch--planned" width="22" height="12" aria-hidden="true">
          <line x1="1" y1="6" x2="21" y2="6" />
        </svg>
        {m.layers.planned}
      </p>
    </fieldset>
  );
}
