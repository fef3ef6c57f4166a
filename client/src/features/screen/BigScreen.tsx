import { type CampState, findSession, type Session } from '@campgrid/shared';
import { type CSSProperties, lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, timeRange } from '../../i18n/index.js';
import { selectLanguage, useCampStore } from '../../store/index.js';
import { useNow } from '../../ui/hooks.js';
import { hostNames } from '../camp/describe.js';
import { Countdown } from '../schedule/Countdown.js';
import { nowAndNext, showsHosts } from '../schedule/schedule-model.js';
import { useCampClock } from '../schedule/use-camp-clock.js';
import { roomNowNext } from './screen-model.js';
import { useFitToBox } from './use-fit.js';

const QrCode = lazy(() => import('./QrCode.js'));

const CLOCK_TICK_MS = 5_000;

function SessionCell({ camp, session }: { camp: CampState; session: Session | undefined }) {
  const { t } = useTranslation();
  if (!session) return <span className="screen-free">{t('screen.free')}</span>;
  return (
    <>
      <span className={`screen-title${session.cancellation ? ' screen-cancelled' : ''}`}>
        {session.title}
      </span>
      {session.cancellation ? (
        <span className="screen-meta">
          {session.cancellation.reason
            ? t('schedule.cancelledReason', { reason: session.cancellation.reason })
            : t('schedule.cancelled')}
        </span>
      ) : showsHosts(camp) && session.hosts.length > 0 ? (
        <span className="screen-meta">{hostNames(session)}</span>
      ) : null}
    </>
  );
}

function Spotlight({ camp, session }: { camp: CampState; session: Session }) {
  const { t } = useTranslation();
  return (
    <section className="screen-spotlight" aria-labelledby="spotlight-title">
      <p className="screen-kicker">{t('screen.spotlight')}</p>
      <h2 id="spotlight-title" className="spotlight-title">
        {session.title}
      </h2>
      {showsHosts(camp) && session.hosts.length > 0 ? (
        <p className="spotlight-hosts">{hostNames(session)}</p>
      ) : null}
      <p className="spotlight-count">
        {session.handCount !== null
          ? t('screen.hands', { count: session.handCount })
          : t('screen.attend', { count: session.voteCount })}
      </p>
    </section>
  );
}

/** The hall's screen: now and next in every room, a countdown, and a QR code to join in. */
export function BigScreen({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const language = useCampStore(selectLanguage);
  const now = useNow(CLOCK_TICK_MS);
  const clock = useCampClock(camp.timezone, CLOCK_TICK_MS);
  const { current, next, nextStartsAt } = nowAndNext(camp, clock);
  const joinUrl = `${window.location.origin}/c/${encodeURIComponent(camp.slug)}`;
  const spotlight =
    !camp.published && camp.spotlight !== null ? findSession(camp, camp.spotlight) : undefined;
  const rooms = camp.rooms.map((room) => roomNowNext(camp, room, clock));
  const body = useRef<HTMLDivElement>(null);
  useFitToBox(body, `${camp.version}|${clock?.time}|${language}`);

  return (
    <div className="big-screen" style={{ '--rooms': Math.max(rooms.length, 1) } as CSSProperties}>
      <header className="screen-header">
        <h1>{camp.title}</h1>
        <p className="screen-clock">
          <span className="visually-hidden">{t('screen.clock')}: </span>
          {formatClock(now, camp.timezone, language)}
        </p>
      </header>
      <div className="screen-body" ref={body}>
        {spotlight ? (
          <Spotlight camp={camp} session={spotlight} />
        ) : !camp.published ? (
          <section className="screen-spotlight">
            <h2 className="spotlight-title">{t('screen.planning')}</h2>
            <p className="spotlight-hosts">{t('schedule.planningHint')}</p>
          </section>
        ) : (
          <table className="screen-grid">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('screen.room')}</span>
                </th>
                <th scope="col">
                  {t('screen.now')}{' '}
                  {current ? <span className="screen-slot-time">{timeRange(current)}</span> : null}
                </th>
                <th scope="col">
                  {t('screen.next')}{' '}
                  {next ? <span className="screen-slot-time">{timeRange(next)}</span> : null}
                  {nextStartsAt !== null ? (
                    <>
                      {' '}
                      <Countdown until={nextStartsAt} className="screen-countdown" />
                    </>
                  ) : null}
                </th>
              </tr>
            </thead>
            <tbody>
              {rooms.map(({ room, now: running, next: coming }) => (
                <tr key={room.id} className={room.full ? 'screen-room-full' : undefined}>
                  <th scope="row">
                    {room.name}
                    {room.full ? (
                      <span className="screen-full-badge">{t('screen.roomFull')}</span>
                    ) : null}
                  </th>
                  <td>
                    <SessionCell camp={camp} session={running?.session} />
                  </td>
                  <td>
                    <SessionCell camp={camp} session={coming?.session} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <aside className="screen-join">
          <Suspense fallback={null}>
            <QrCode
              value={joinUrl}
              label={t('screen.qr', { url: joinUrl })}
              className="qr-code screen-qr"
            />
          </Suspense>
          <p className="screen-join-text">{t('screen.join')}</p>
          <p className="screen-join-url">{joinUrl.replace(/^https?:\/\//, '')}</p>
        </aside>
      </div>
    </div>
  );
}
