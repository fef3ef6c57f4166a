import { findSession, orderedSlots } from '@campgrid/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actorOf,
  selectPickedSessionId,
  selectViewer,
  selectVisible,
  useCampStore,
} from '../../store/index.js';
import { GridTable } from './GridTable.js';
import { clickCell, type GridSelection } from './grid-click.js';
import { PhaseSwitches } from './PhaseSwitches.js';
import { PickBar } from './PickBar.js';
import { SetupPanel } from './SetupPanel.js';
import { UnplacedList } from './UnplacedList.js';

export function ModeratePage() {
  const { t } = useTranslation();
  const camp = useCampStore(selectVisible);
  const viewer = useCampStore(selectViewer);
  const actor = useMemo(() => actorOf(viewer), [viewer]);
  const pickedSessionId = useCampStore(selectPickedSessionId);
  const pick = useCampStore((store) => store.pickSession);

  if (camp === null) return <p className="loading">{t('camp.loading')}</p>;
  if (viewer?.role !== 'moderator') {
    return (
      <div className="stack narrow">
        <h1>{camp.title}</h1>
        <p>{t('moderate.noKey')}</p>
      </div>
    );
  }

  // A session withdrawn by its host while held is simply no longer held.
  const selection: GridSelection = {
    pickedSessionId:
      pickedSessionId !== null && findSession(camp, pickedSessionId) ? pickedSessionId : null,
    pick,
  };
  const slots = orderedSlots(camp);
  const days = camp.days.filter((day) => slots.some((slot) => slot.day === day));

  return (
    <div className="stack">
      <header className="page-header">
        <h1>{camp.title}</h1>
        <p className="lead">{t('moderate.subtitle')}</p>
      </header>
      <PhaseSwitches camp={camp} />
      <div className="moderate-layout">
        <UnplacedList camp={camp} pickedSessionId={selection.pickedSessionId} onPick={pick} />
        <section className="stack" aria-labelledby="grid-heading">
          <h2 id="grid-heading">{t('moderate.grid')}</h2>
          <PickBar camp={camp} actor={actor} selection={selection} />
          {camp.rooms.length === 0 ? <p>{t('moderate.noRooms')}</p> : null}
          {days.length === 0 ? <p>{t('moderate.noSlots')}</p> : null}
          {days.map((day) => (
            <GridTable
              key={day}
              camp={camp}
              day={day}
              slots={slots.filter((slot) => slot.day === day)}
              pickedSessionId={selection.pickedSessionId}
              onCellClick={(placement) => clickCell(camp, placement, selection)}
            />
          ))}
        </section>
      </div>
      <SetupPanel camp={camp} />
    </div>
  );
}
