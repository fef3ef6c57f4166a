import { type CampState, findSession, orderedSlots } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { selectAgenda, useCampStore } from '../../store/index.js';
import { SessionItem } from '../schedule/SessionItem.js';
import { type PlacedSession, placedSession } from '../schedule/schedule-model.js';
import { AgendaTransfer } from './AgendaTransfer.js';
import { StarButton } from './StarButton.js';

function slotOrder(camp: CampState): Map<string, number> {
  return new Map(orderedSlots(camp).map((slot, index) => [slot.id, index]));
}

/** The starred sessions in time order, the unplaced ones after them, and how to take them along. */
export function AgendaView({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const { starred, sync } = useCampStore(selectAgenda);
  const order = slotOrder(camp);
  const sessions = starred.flatMap((id) => {
    const session = findSession(camp, id);
    return session ? [session] : [];
  });
  const placed = sessions
    .map((session) => placedSession(camp, session))
    .filter((entry): entry is PlacedSession => entry !== null)
    .sort((a, b) => (order.get(a.slot.id) ?? 0) - (order.get(b.slot.id) ?? 0));
  const unplaced = sessions.filter((session) => placedSession(camp, session) === null);
  const syncText = {
    local: t('agenda.syncLocal'),
    saving: t('agenda.syncSaving'),
    saved: t('agenda.syncSaved'),
    offline: t('agenda.syncOffline'),
  }[sync];

  return (
    <div className="stack agenda">
      <p className="hint">{syncText}</p>
      {sessions.length === 0 ? <p>{t('agenda.empty')}</p> : null}
      {placed.length > 0 ? (
        <ul className="schedule-list">
          {placed.map((entry) => (
            <SessionItem key={entry.session.id} camp={camp} entry={entry} level={3} />
          ))}
        </ul>
      ) : null}
      {unplaced.length > 0 ? (
        <section className="stack" aria-labelledby="agenda-unplaced">
          <h3 id="agenda-unplaced">{t('agenda.unplaced')}</h3>
          <ul className="schedule-list">
            {unplaced.map((session) => (
              <li key={session.id} className="schedule-item">
                <h4 className="schedule-title">
                  <Link
                    href={`/c/${encodeURIComponent(camp.slug)}/s/${encodeURIComponent(session.id)}`}
                  >
                    {session.title}
                  </Link>
                </h4>
                <div className="schedule-actions">
                  <StarButton session={session} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AgendaTransfer slug={camp.slug} />
    </div>
  );
}
