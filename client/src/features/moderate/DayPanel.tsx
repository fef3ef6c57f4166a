import { type CampState, orderedSlots } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { timeRange } from '../../i18n/index.js';
import { sendCommand } from '../../net/index.js';

const SHIFT_MINUTES = 15;

/**
 * Changes on the day itself: running late (a slot and every later one of its day move together),
 * a room that is full, and publishing the schedule, after which every change shows live.
 */
export function DayPanel({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const slots = orderedSlots(camp);
  const several = camp.days.length > 1;
  return (
    <section className="card stack" aria-labelledby="day-heading">
      <h2 id="day-heading">{t('dayChanges.heading')}</h2>
      <div className="stack">
        <h3>{t('dayChanges.publishHeading')}</h3>
        {camp.published ? (
          <p>{t('dayChanges.published')}</p>
        ) : (
          <>
            <p className="notice">{t('dayChanges.draft')}</p>
            <button
              type="button"
              className="primary"
              onClick={() => sendCommand('schedule:publish', {})}
            >
              {t('dayChanges.publish')}
            </button>
          </>
        )}
      </div>
      <div className="stack">
        <h3>{t('dayChanges.slots')}</h3>
        <p className="hint">{t('dayChanges.shiftHint')}</p>
        <ul className="plain-list">
          {slots.map((slot) => {
            const name = several ? `${slot.day} ${timeRange(slot)}` : timeRange(slot);
            return (
              <li key={slot.id} className="inline-form">
                <span>
                  {name}
                  {slot.label ? ` ${slot.label}` : ''}
                </span>
                <button
                  type="button"
                  onClick={() =>
                    sendCommand('slot:shift', { slotId: slot.id, minutes: -SHIFT_MINUTES })
                  }
                >
                  <span aria-hidden="true">−15</span>
                  <span className="visually-hidden">
                    {t('dayChanges.shiftEarlier', { slot: name })}
                  </span>
                </button>
                <button
                  type="button"
                  onClick={() =>
                    sendCommand('slot:shift', { slotId: slot.id, minutes: SHIFT_MINUTES })
                  }
                >
                  <span aria-hidden="true">+15</span>
                  <span className="visually-hidden">
                    {t('dayChanges.shiftLater', { slot: name })}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <fieldset>
        <legend>{t('dayChanges.rooms')}</legend>
        {camp.rooms.map((room) => (
          <label key={room.id} className="switch">
            <input
              type="checkbox"
              checked={room.full}
              onChange={(event) =>
                sendCommand('room:mark-full', { roomId: room.id, full: event.target.checked })
              }
            />
            <span>{t('dayChanges.markFull', { room: room.name })}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
