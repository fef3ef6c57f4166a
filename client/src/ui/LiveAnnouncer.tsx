import { assertNever } from '@campgrid/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Announcement, selectAnnouncement, useCampStore } from '../store/index.js';

export function announcementText(t: TFunction, announcement: Announcement): string {
  switch (announcement.key) {
    case 'live.phaseOpened':
    case 'live.phaseClosed':
      return t(announcement.key, { phase: t(`phases.${announcement.phase}`) });
    case 'live.sessionPitched':
    case 'live.sessionUpdated':
    case 'live.sessionUnplaced':
      return t(announcement.key, { title: announcement.title });
    case 'live.sessionPlaced':
      return t(announcement.key, {
        title: announcement.title,
        room: announcement.room,
        time: announcement.time,
      });
    case 'live.sessionsSwapped':
      return t(announcement.key, { title: announcement.title, other: announcement.other });
    case 'live.sessionWithdrawn':
    case 'live.gridChanged':
    case 'live.campUpdated':
      return t(announcement.key);
    default:
      return assertNever(announcement, 'announcement');
  }
}

/** Tells screen readers, politely, what others changed while this page was open. */
export function LiveAnnouncer() {
  const { t } = useTranslation();
  const announcement = useCampStore(selectAnnouncement);
  return (
    <div aria-live="polite" className="visually-hidden">
      {announcement ? <span key={announcement.id}>{announcementText(t, announcement)}</span> : null}
    </div>
  );
}
