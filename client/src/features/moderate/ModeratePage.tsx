import { findSession, type ModeratorPresence, orderedSlots } from '@campgrid/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actorOf,
  selectPickedSessionId,
  selectPresence,
  selectViewer,
  selectVisible,
  useCampStore,
} from '../../store/index.js';
import { AccessPanel } from './access/AccessPanel.js';
import { ConflictList } from './ConflictList.js';
import { conflictsByCell, gridConflicts } from './conflicts.js';
import { DayPanel } from './DayPanel.js';
import { GridDnd } from './GridDnd.js';
import { GridTable } from './GridTable.js';
import { clickCell, type GridSelection } from './grid-click.js';
import { HistoryPanel } from './HistoryPanel.js';
import { PhaseSwitches } from './PhaseSwitches.js';
import { PickBar } from './PickBar.js';
import { PickedSessionPanel } from './PickedSessionPanel.js';
import { PlanPanel } from './PlanPanel.js';
import { PresenceList } from './PresenceList.js';
import { RoundPanel } from './RoundPanel.js';
import { SetupPanel } from './SetupPanel.js';
import { UndoBar } from './UndoBar.js';
import { UnplacedList } from './UnplacedList.js';
import './moderate.css';

export function ModeratePage() {
  const { t } = useTranslation();
  const camp = useCampStore(selectVisible);
  const viewer = useCampStore(selectViewer);
  const actor = useMemo(() => actorOf(viewer), [viewer]);
  const pickedSessionId = useCampStore(selectPickedSessionId);
  const pick = useCampStore((store) => store.pickSession);
  const presence = useCampStore(selectPresence);
  const conflicts = useMemo(() => (camp === null ? [] : gridConflicts(camp)), [camp]);
  const marks = useMemo(
    () => ({
      conflicts: conflictsByCell(conflicts),
      heldByOthers: heldByOthers(presence.moderators, presence.ownConnectionId),
    }),
    [conflicts, presence],
  );

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
  const held =
    selection.pickedSessionId === null ? undefined : findSession(camp, selection.pickedSessionId);
  const slots = orderedSlots(camp);
  const days = camp.days.filter((day) => slots.some((slot) => slot.day === day));

  return (
    <div className="stack">
      <header className="page-header">
        <h1>{camp.title}</h1>
        <p className="lead">{t('moderate.subtitle')}</p>
      </header>
      <div className="moderate-tools">
        <PhaseSwitches camp={camp} />
        <PresenceList camp={camp} />
      </div>
      <GridDnd camp={camp} selection={selection}>
        <div className="moderate-layout">
          <UnplacedList
            camp={camp}
            pickedSessionId={selection.pickedSessionId}
            heldByOthers={marks.heldByOthers}
            onPick={pick}
          />
          <section className="stack" aria-labelledby="grid-heading">
            <h2 id="grid-heading">{t('moderate.grid')}</h2>
            <UndoBar camp={camp} />
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
                marks={marks}
                onCellClick={(placement) => clickCell(camp, placement, selection)}
              />
            ))}
            {/* Below the grid, so that picking a session up never moves a cell under the pointer. */}
            {held ? <PickedSessionPanel key={held.id} camp={camp} session={held} /> : null}
            <ConflictList camp={camp} conflicts={conflicts} />
          </section>
        </div>
      </GridDnd>
      <div className="moderate-tools">
        <RoundPanel camp={camp} />
        <PlanPanel camp={camp} />
        <DayPanel camp={camp} />
        <HistoryPanel camp={camp} />
      </div>
      <SetupPanel camp={camp} />
      <AccessPanel camp={camp} />
    </div>
  );
}

function heldByOthers(
  moderators: readonly ModeratorPresence[],
  ownConnectionId: string | null,
): Map<string, string[]> {
  const held = new Map<string, string[]>();
  for (const moderator of moderators) {
    if (moderator.connectionId === ownConnectionId || moderator.pickedSessionId === null) continue;
    held.set(moderator.pickedSessionId, [
      ...(held.get(moderator.pickedSessionId) ?? []),
      moderator.label,
    ]);
  }
  return held;
}
