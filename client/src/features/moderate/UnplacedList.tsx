import { type CampState, type Session, unplacedByVotes } from '@campgrid/shared';
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { sessionDragId } from './grid-dnd.js';

interface UnplacedListProps {
  camp: CampState;
  pickedSessionId: string | null;
  heldByOthers: Map<string, string[]>;
  onPick(sessionId: string | null): void;
}

/** The pitches waiting for a place, most interest first; wishes wait for a host first. */
export function UnplacedList({ camp, pickedSessionId, heldByOthers, onPick }: UnplacedListProps) {
  const { t } = useTranslation();
  const waiting = unplacedByVotes(camp).filter(
    (session) => session.kind === 'pitch' && session.cancellation === null,
  );
  return (
    <section className="stack" aria-labelledby="unplaced-heading">
      <h2 id="unplaced-heading">{t('moderate.unplaced', { count: waiting.length })}</h2>
      {waiting.length === 0 ? <p>{t('moderate.unplacedEmpty')}</p> : null}
      <ul className="pitch-list">
        {waiting.map((session) => (
          <li key={session.id}>
            <DraggablePitch
              session={session}
              picked={session.id === pickedSessionId}
              heldBy={heldByOthers.get(session.id) ?? []}
              onPick={onPick}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface DraggablePitchProps {
  session: Session;
  picked: boolean;
  heldBy: string[];
  onPick(sessionId: string | null): void;
}

function DraggablePitch({ session, picked, heldBy, onPick }: DraggablePitchProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: sessionDragId(session.id),
    attributes: { roleDescription: t('dnd.roleDescription') },
  });
  return (
    <>
      <button
        ref={setNodeRef}
        type="button"
        {...attributes}
        {...listeners}
        className={isDragging ? 'pitch dragging' : 'pitch'}
        aria-pressed={picked}
        aria-label={t('moderate.pick', { title: session.title })}
        onClick={() => onPick(picked ? null : session.id)}
      >
        <span className="pitch-title">{session.title}</span>
        <span className="pitch-votes">
          {t('sessions.votes', { count: session.voteCount })}
          {session.handCount === null
            ? null
            : ` · ${t('round.hands', { count: session.handCount })}`}
        </span>
      </button>
      {heldBy.length > 0 ? (
        <span className="pitch-held-by">{t('presence.holding', { names: heldBy.join(', ') })}</span>
      ) : null}
    </>
  );
}
