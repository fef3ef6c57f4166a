import { findSession, orderedSlots, type Session } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { formatDay, timeRange } from '../../i18n/index.js';
import { selectLanguage, useCampStore } from '../../store/index.js';
import { leftOutTitles, type Suggested } from './plan.js';

/** The suggested grid, read-only, with what the plan changes marked, and its score. */
export function PlanPreview({ suggested }: { suggested: Suggested }) {
  const { t } = useTranslation();
  const language = useCampStore(selectLanguage);
  const { base, suggestion, changes } = suggested;
  const changed = new Set(changes.map((change) => change.sessionId));
  const occupantOf = new Map<string, Session>();
  for (const [sessionId, cell] of Object.entries(suggestion.placements)) {
    const session = findSession(base, sessionId);
    if (session) occupantOf.set(`${cell.roomId}|${cell.slotId}`, session);
  }
  const slots = orderedSlots(base).filter((slot) => slot.kind === 'session');
  const days = base.days.filter((day) => slots.some((slot) => slot.day === day));
  const leftOut = leftOutTitles(suggested);
  const { before, after } = suggestion.score;

  return (
    <section className="stack" aria-labelledby="plan-preview-heading">
      <h3 id="plan-preview-heading">{t('plan.previewHeading')}</h3>
      <table className="score">
        <caption className="visually-hidden">{t('plan.score')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.score')}</th>
            <th scope="col">{t('plan.before')}</th>
            <th scope="col">{t('plan.after')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('plan.clashes')}</th>
            <td>{before.clashes}</td>
            <td>{after.clashes}</td>
          </tr>
          <tr>
            <th scope="row">{t('plan.warnings')}</th>
            <td>{before.warnings}</td>
            <td>{after.warnings}</td>
          </tr>
        </tbody>
      </table>
      <p>
        {leftOut.length === 0
          ? t('plan.nothingLeftOut')
          : t('plan.leftOut', { titles: leftOut.join(', ') })}
      </p>
      {days.map((day) => (
        <div key={day} className="grid-scroll">
          <table className="grid preview-grid">
            <caption>{t('plan.previewCaption', { day: formatDay(day, language) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('moderate.time')}</th>
                {base.rooms.map((room) => (
                  <th key={room.id} scope="col">
                    {room.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {slots
                .filter((slot) => slot.day === day)
                .map((slot) => (
                  <tr key={slot.id}>
                    <th scope="row">{timeRange(slot)}</th>
                    {base.rooms.map((room) => {
                      const session = occupantOf.get(`${room.id}|${slot.id}`);
                      const moved = session !== undefined && changed.has(session.id);
                      return (
                        <td key={room.id} className={moved ? 'preview-placed' : undefined}>
                          {session?.title ?? ''}
                          {moved ? <span className="cell-flag"> {t('plan.moved')}</span> : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
