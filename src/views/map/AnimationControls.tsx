import { useExplorer, useExplorerStore } from '../../store/context';
import { BASE_SLOWDOWN } from '../../store/slices/viewSlice';
import { useFormatters, useMessages } from '../i18n/useMessages';
import { prefersReducedMotion } from './PacketCanvas';

const SPEEDS = [0.25, 0.5, 1, 2, 4];

/** Play, pause and speed of the packets, with the time scale said in words. */
export function AnimationControls() {
  const playing = useExplorer((s) => s.playing);
  const speed = useExplorer((s) => s.speed);
  const colourBy = useExplorer((s) => s.packetColour);
  const store = useExplorerStore();
  const m = useMessages();
  const f = useFormatters();
  if (prefersReducedMotion()) {
    return <p className="animation-controls reduced">{m.map.reducedMotion}</p>;
  }
  const slowdown = BASE_SLOWDOWN / speed;
  return (
    <div className="animation-controls" role="group" aria-label={m.map.animation}>
      <button type="button" onClick={() => store.getState().setPlaying(!playing)} aria-pressed={!playing}>
        {playing ? m.map.pause : m.map.play}
      </button>
      <label>
        {m.map.speed}{' '}
        <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              ×{f.decimal(s, 2)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.map.colourBy}{' '}
        {/* By network, a packet changes colour where one network hands the traffic to the next. */}
        <select value={colourBy} onChange={(e) => store.getState().setPacketColour(e.target.value === 'network' ? 'network' : 'flow')}>
          <option value="flow">{m.map.colourByFlow}</option>
          <option value="network">{m.map.colourByNetwork}</option>
        </select>
      </label>
      <span className="time-scale">
        {m.map.timeScale(slowdown >= 1 ? f.count(Math.round(slowdown)) : f.decimal(slowdown, 3), f.decimal(0.035 * slowdown, 1, true))}
      </span>
    </div>
  );
}
