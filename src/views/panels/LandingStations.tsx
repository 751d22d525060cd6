import type { Backbone } from '../../data/normalize';
import type { LandingPoint } from '../../data/schema';
import { useMessages } from '../i18n/useMessages';
import { Label, LongText } from './LongText';
import { useGoTo } from './useGoTo';

/**
 * Who runs the landing stations at a landing point, where a source says: the operator (a button to the carrier
 * where it is one of ours), the station's name, the cables that end there, and whether it is inferred and why.
 * Nothing where none is published.
 */
export function LandingStations({ backbone, landingPoint }: { backbone: Backbone; landingPoint: LandingPoint }) {
  const m = useMessages();
  const goTo = useGoTo();
  const stations = landingPoint.stations ?? [];
  if (!stations.length) return null;
  return (
    <section className="entity-list landing-stations">
      <h3>{m.lists.landingStations}</h3>
      <ul>
        {stations.map((s, i) => {
          const carrier = s.carrier !== undefined ? backbone.carriers.get(s.carrier) : undefined;
          const cables = (s.cables ?? []).map((id) => backbone.cables.get(id)?.name ?? id);
          const detail = [s.station, cables.length ? m.lists.stationCables(cables.join(', ')) : undefined, s.confidence ? m.details.confidence[s.confidence] : undefined]
            .filter(Boolean)
            .join(' · ');
          return (
            <li key={i}>
              {carrier ? (
                <button type="button" className="link-button" onClick={() => goTo({ kind: 'carrier', id: carrier.id })}>
                  <Label text={s.operator} />
                </button>
              ) : (
                <Label text={s.operator} />
              )}
              {detail && (
                <span className="detail">
                  {' '}
                  <Label text={detail} />
                </span>
              )}
              {/* Why it is inferred, or what became of an operator named by an old source. */}
              {s.notes && (
                <p className="station-note">
                  <LongText text={s.notes} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
