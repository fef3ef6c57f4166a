import type { CampState } from '@campgrid/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { selectGridUndo, useCampStore } from '../../store/index.js';
import { redoGridAction, undoGridAction } from './grid-actions.js';

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Undo and redo of this moderator's own grid actions (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z). Each is a new
 * command, so everyone sees it like any other change, and one that no longer fits is refused.
 */
export function UndoBar({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const { done, undone } = useCampStore(selectGridUndo);
  const campRef = useRef(camp);
  campRef.current = camp;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      if (typingIn(event.target)) return;
      event.preventDefault();
      if (event.shiftKey) redoGridAction(campRef.current);
      else undoGridAction(campRef.current);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="actions">
      <button type="button" disabled={done.length === 0} onClick={() => undoGridAction(camp)}>
        {t('undo.undo')}
      </button>
      <button type="button" disabled={undone.length === 0} onClick={() => redoGridAction(camp)}>
        {t('undo.redo')}
      </button>
    </div>
  );
}
