import { type Actor, type CampState, findSession } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { allows } from '../camp/allows.js';
import { placementText } from '../camp/describe.js';
import { type GridSelection, unplacePicked } from './grid-click.js';

interface PickBarProps {
  camp: CampState;
  actor: Actor;
  selection: GridSelection;
}

/** What the moderator holds, and what can be done with it besides placing. */
export function PickBar({ camp, actor, selection }: PickBarProps) {
  const { t } = useTranslation();
  const held =
    selection.pickedSessionId === null ? undefined : findSession(camp, selection.pickedSessionId);
  const canUnplace =
    held !== undefined &&
    allows(camp, actor, { type: 'session:unplace', sessionId: held.id, expected: held.placement });
  const where = held ? placementText(camp, held.placement) : null;
  return (
    <div className="pick-bar">
      <p aria-live="polite">
        {held
          ? t('moderate.picked', { title: held.title }) + (where ? ` (${where})` : '')
          : t('moderate.pickHint')}
      </p>
      <div className="actions">
        <button type="button" disabled={!canUnplace} onClick={() => unplacePicked(camp, selection)}>
          {t('moderate.unplace')}
        </button>
        {held ? (
          <button type="button" onClick={() => selection.pick(null)}>
            {t('moderate.clearPick')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
