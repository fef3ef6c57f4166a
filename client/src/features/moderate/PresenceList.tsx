import { type CampState, findSession } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { selectPresence, useCampStore } from '../../store/index.js';

/** Who else is moderating right now, and what each holds. */
export function PresenceList({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const { moderators, ownConnectionId } = useCampStore(selectPresence);
  const others = moderators.filter((moderator) => moderator.connectionId !== ownConnectionId);
  return (
    <section className="stack" aria-labelledby="presence-heading">
      <h2 id="presence-heading">{t('presence.heading')}</h2>
      {others.length === 0 ? (
        <p>{t('presence.alone')}</p>
      ) : (
        <ul className="plain-list">
          {moderators.map((moderator) => {
            const own = moderator.connectionId === ownConnectionId;
            const held =
              moderator.pickedSessionId === null
                ? undefined
                : findSession(camp, moderator.pickedSessionId);
            return (
              <li key={moderator.connectionId}>
                {own ? t('presence.you', { label: moderator.label }) : moderator.label}:{' '}
                {held ? t('presence.holds', { title: held.title }) : t('presence.idle')}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
