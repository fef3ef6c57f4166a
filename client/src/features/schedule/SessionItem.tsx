import type { CampState } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { timeRange } from '../../i18n/index.js';
import { StarButton } from '../agenda/StarButton.js';
import { hostNames } from '../camp/describe.js';
import { type PlacedSession, showsHosts } from './schedule-model.js';

interface SessionItemProps {
  camp: CampState;
  entry: PlacedSession;
  /** The title's heading level, one below the list's own heading. */
  level: 3 | 4 | 5;
}

/** One placed session in a list: its title (a link to its page), room, time, hosts, star. */
export function SessionItem({ camp, entry, level }: SessionItemProps) {
  const { t } = useTranslation();
  const Heading = `h${level}` as const;
  const { session, room, slot } = entry;
  const cancelled = session.cancellation !== null;
  return (
    <li className={`schedule-item${cancelled ? ' schedule-cancelled' : ''}`}>
      <Heading className="schedule-title">
        <Link href={`/c/${encodeURIComponent(camp.slug)}/s/${encodeURIComponent(session.id)}`}>
          {session.title}
        </Link>
      </Heading>
      <p className="schedule-where">
        <span className="schedule-room">{room.name}</span>
        <span aria-hidden="true"> · </span>
        <span className="schedule-time">{timeRange(slot)}</span>
      </p>
      {showsHosts(camp) && session.hosts.length > 0 ? (
        <p className="schedule-hosts">{t('schedule.hosts', { hosts: hostNames(session) })}</p>
      ) : null}
      {session.cancellation ? (
        <p className="schedule-cancellation">
          <strong>
            {session.cancellation.reason
              ? t('schedule.cancelledReason', { reason: session.cancellation.reason })
              : t('schedule.cancelled')}
          </strong>
        </p>
      ) : null}
      <div className="schedule-actions">
        <StarButton session={session} />
      </div>
    </li>
  );
}
