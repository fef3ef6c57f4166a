import type { CampState, Slot } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { timeRange } from '../../i18n/index.js';
import { Countdown } from './Countdown.js';
import { SessionItem } from './SessionItem.js';
import { type CampClock, nowAndNext, sessionsInSlot } from './schedule-model.js';

function SlotContent({ camp, slot }: { camp: CampState; slot: Slot }) {
  const { t } = useTranslation();
  if (slot.kind !== 'session') {
    return <p>{slot.label || t(`slotKinds.${slot.kind}`)}</p>;
  }
  const entries = sessionsInSlot(camp, slot);
  if (entries.length === 0) return <p className="hint">{t('schedule.nothingPlaced')}</p>;
  return (
    <ul className="schedule-list">
      {entries.map((entry) => (
        <SessionItem key={entry.session.id} camp={camp} entry={entry} level={4} />
      ))}
    </ul>
  );
}

/** What runs now in every room, what comes next, and how long until it starts. */
export function NowNext({ camp, clock }: { camp: CampState; clock: CampClock | null }) {
  const { t } = useTranslation();
  if (clock === null || !camp.days.includes(clock.day)) return null;
  const { current, next, nextStartsAt } = nowAndNext(camp, clock);
  return (
    <section className="now-next stack" aria-labelledby="now-next-heading">
      <h2 id="now-next-heading">{t('schedule.nowNext')}</h2>
      <div className="now-next-part" data-part="now">
        <h3>
          {current
            ? t('schedule.nowHeading', { time: timeRange(current) })
            : t('schedule.nothingNow')}
        </h3>
        {current ? <SlotContent camp={camp} slot={current} /> : null}
      </div>
      <div className="now-next-part" data-part="next">
        <h3>
          {next ? t('schedule.nextHeading', { time: timeRange(next) }) : t('schedule.nothingNext')}
          {nextStartsAt !== null ? (
            <>
              {' '}
              <Countdown until={nextStartsAt} />
            </>
          ) : null}
        </h3>
        {next ? <SlotContent camp={camp} slot={next} /> : null}
      </div>
    </section>
  );
}
