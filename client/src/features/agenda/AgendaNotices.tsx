import { assertNever, type CampState } from '@campgrid/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { timeRange } from '../../i18n/index.js';
import { selectAgenda, useCampStore } from '../../store/index.js';
import { placementText } from '../camp/describe.js';
import { type AgendaChange, agendaChanges, clashes } from './agenda-model.js';
import { acknowledgeChanges } from './agenda-sync.js';

function changeText(t: TFunction, camp: CampState, change: AgendaChange): string {
  const title = change.session?.title ?? '';
  const where = change.session ? (placementText(camp, change.session.placement) ?? '') : '';
  switch (change.kind) {
    case 'moved':
      return t('agenda.moved', { title, where });
    case 'roomChanged':
      return t('agenda.roomChanged', { title, where });
    case 'cancelled': {
      const reason = change.session?.cancellation?.reason ?? '';
      return reason
        ? t('agenda.cancelledReason', { title, reason })
        : t('agenda.cancelled', { title });
    }
    case 'unplaced':
      return t('agenda.unplacedNow', { title });
    case 'withdrawn':
      return t('agenda.withdrawn');
    default:
      return assertNever(change.kind, 'agenda change');
  }
}

/**
 * What changed in the starred sessions since this browser last showed them, until the user says
 * they have seen it; and which starred sessions clash.
 */
export function AgendaNotices({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const { starred, seen } = useCampStore(selectAgenda);
  const changes = agendaChanges(camp, starred, seen);
  const clashing = clashes(camp, starred);
  if (changes.length === 0 && clashing.length === 0) return null;
  return (
    <div className="stack agenda-notices">
      {changes.length > 0 ? (
        <section className="agenda-changes" aria-labelledby="agenda-changes-heading">
          <h2 id="agenda-changes-heading">{t('agenda.changesHeading')}</h2>
          <ul>
            {changes.map((change) => (
              <li key={change.sessionId}>{changeText(t, camp, change)}</li>
            ))}
          </ul>
          <button type="button" onClick={() => acknowledgeChanges(camp)}>
            {t('agenda.acknowledge')}
          </button>
        </section>
      ) : null}
      {clashing.map((clash) => (
        <p key={clash.slotId} className="warning agenda-clash">
          {t('agenda.clash', {
            time: clash.sessions[0] ? timeRange(clash.sessions[0].slot) : '',
            titles: clash.sessions.map((entry) => entry.session.title).join(t('agenda.clashJoin')),
          })}
        </p>
      ))}
    </div>
  );
}
