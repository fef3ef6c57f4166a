import { type CampState, campInstant, findRoom } from '@campgrid/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { timeRange } from '../../i18n/index.js';
import { hostNames } from '../camp/describe.js';
import { Countdown } from '../schedule/Countdown.js';
import { showsHosts } from '../schedule/schedule-model.js';
import { useCampClock } from '../schedule/use-camp-clock.js';
import { roomNowNext } from './screen-model.js';
import { useFitToBox } from './use-fit.js';

const CLOCK_TICK_MS = 5_000;

/** The screen by a room's door: what is on inside now, what comes next, and whether it is full. */
export function DoorScreen({ camp, roomId }: { camp: CampState; roomId: string }) {
  const { t } = useTranslation();
  const clock = useCampClock(camp.timezone, CLOCK_TICK_MS);
  const room = findRoom(camp, roomId);
  const box = useRef<HTMLDivElement>(null);
  useFitToBox(box, `${camp.version}|${clock?.time}`);
  if (!room) return <h1 className="door-room">{t('screen.roomNotFound')}</h1>;
  const { now, next } = roomNowNext(camp, room, clock);
  const visible = camp.published;
  return (
    <div className="door-screen" ref={box}>
      <header className="screen-header">
        <h1 className="door-room">{room.name}</h1>
        <p className="screen-kicker">{camp.title}</p>
      </header>
      {room.full ? (
        <div className="door-full">
          <p className="door-full-title">{t('screen.roomFull')}</p>
          <p>{t('screen.roomFullHint')}</p>
        </div>
      ) : null}
      <section className="door-part" aria-labelledby="door-now">
        <h2 id="door-now" className="screen-kicker">
          {t('screen.now')}
          {visible && now ? ` · ${timeRange(now.slot)}` : ''}
        </h2>
        {visible && now ? (
          <>
            <p className="door-title">{now.session.title}</p>
            {showsHosts(camp) && now.session.hosts.length > 0 ? (
              <p className="door-meta">{hostNames(now.session)}</p>
            ) : null}
          </>
        ) : (
          <p className="door-meta">{visible ? t('screen.free') : t('schedule.planning')}</p>
        )}
      </section>
      <section className="door-part" aria-labelledby="door-next">
        <h2 id="door-next" className="screen-kicker">
          {t('screen.next')}
          {visible && next ? ` · ${timeRange(next.slot)}` : ''}
        </h2>
        {visible && next ? (
          <>
            <p className="door-title">{next.session.title}</p>
            <p className="door-meta">
              <Countdown
                until={campInstant(next.slot.day, next.slot.start, camp.timezone)}
                className="door-countdown"
              />
            </p>
          </>
        ) : (
          <p className="door-meta">{visible ? t('screen.nothingToday') : ''}</p>
        )}
      </section>
    </div>
  );
}
