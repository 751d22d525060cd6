import { useExplorer, useExplorerStore } from '../../store/context';
import { LAYERS } from '../../store/types';
import type { LayerName } from '../../store/types';

const LAYER_LABELS: Record<LayerName, string> = {
  submarine: 'Submarine cables',
  terrestrial: 'Terrestrial links',
  pops: 'Carrier PoPs',
  ixps: 'Internet exchanges',
  landingPoints: 'Landing points',
};

/** Layer switches, each with its map symbol: the legend and the controls are one list. */
export function LayerControls() {
  const layers = useExplorer((s) => s.layers);
  const store = useExplorerStore();
  return (
    <fieldset className="layers">
      <legend>Layers</legend>
      {LAYERS.map((layer) => (
        <label key={layer} className="layer-toggle">
          <input type="checkbox" checked={layers[layer]} onChange={() => store.getState().toggleLayer(layer)} />
          <svg className={`swatch swatch--${layer}`} width="22" height="12" aria-hidden="true">
            {layer === 'submarine' || layer === 'terrestrial' ? <line x1="1" y1="6" x2="21" y2="6" /> : layer === 'ixps' ? <rect x="6" y="1" width="10" height="10" /> : <circle cx="11" cy="6" r="4.5" />}
          </svg>
          {LAYER_LABELS[layer]}
        </label>
      ))}
      <p className="legend-note">
        <svg className="swatch swatch--planned" width="22" height="12" aria-hidden="true">
          <line x1="1" y1="6" x2="21" y2="6" />
        </svg>
        Planned cable (dashed)
      </p>
    </fieldset>
  );
}
