import { useExplorer, useExplorerStore } from '../../store/context';
import { BASE_SLOWDOWN } from '../../store/slices/viewSlice';
import { prefersReducedMotion } from './PacketCanvas';

const SPEEDS = [0.25, 0.5, 1, 2, 4];

/** Play, pause and speed of the packets, with the time scale said in words. */
export function AnimationControls() {
  const playing = useExplorer((s) => s.playing);
  const speed = useExplorer((s) => s.speed);
  const store = useExplorerStore();
  if (prefersReducedMotion()) {
    return <p className="animation-controls reduced">Reduced motion: routes are shown still, old dashed and new solid.</p>;
  }
  const slowdown = BASE_SLOWDOWN / speed;
  return (
    <div className="animation-controls" role="group" aria-label="Packet animation">
      <button type="button" onClick={() => store.getState().setPlaying(!playing)} aria-pressed={!playing}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <label>
        Speed{' '}
        <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              ×{s}
            </option>
          ))}
        </select>
      </label>
      <span className="time-scale">
        Packets run {slowdown >= 1 ? `${Math.round(slowdown)}×` : `${slowdown}×`} slower than light in fibre: New York–London (about 35 ms one way) takes {(0.035 * slowdown).toFixed(1)} s.
      </span>
    </div>
  );
}
