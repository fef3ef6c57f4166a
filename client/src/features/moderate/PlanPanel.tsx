import type { CampState } from '@campgrid/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectNotices, useCampStore } from '../../store/index.js';
import { applyPlan } from './grid-actions.js';
import { PlanPreview } from './PlanPreview.js';
import { type Suggested, suggestFor } from './plan.js';

/**
 * Suggests a plan in the browser: the planner is pure and fast, and nothing reaches the server
 * until the moderator accepts. A plan made on an older grid is refused and has to be made again.
 */
export function PlanPanel({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const replaceId = useId();
  const [replaceUnpinned, setReplaceUnpinned] = useState(false);
  const [suggested, setSuggested] = useState<Suggested | null>(null);
  const [failed, setFailed] = useState(false);
  const [sentCommandId, setSentCommandId] = useState<string | null>(null);
  const [refusedLocally, setRefusedLocally] = useState(false);
  const notices = useCampStore(selectNotices);
  const refusedByServer =
    sentCommandId !== null && notices.some((notice) => notice.commandId === sentCommandId);
  const stale =
    refusedLocally ||
    refusedByServer ||
    (suggested !== null && suggested.base.version !== camp.version);

  function suggest() {
    setSentCommandId(null);
    setRefusedLocally(false);
    const next = suggestFor(camp, replaceUnpinned);
    setSuggested(next);
    setFailed(next === null);
  }

  function accept() {
    if (suggested === null) return;
    const result = applyPlan(suggested.base, suggested.base.version, suggested.changes);
    if (result.ok) {
      setSentCommandId(result.commandId);
      setSuggested(null);
    } else if (result.code === 'CONFLICT') {
      setRefusedLocally(true);
    }
  }

  return (
    <section className="card stack" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('plan.heading')}</h2>
      <p className="hint">{t('plan.intro')}</p>
      <div className="inline-form">
        <label htmlFor={replaceId} className="switch">
          <input
            id={replaceId}
            type="checkbox"
            checked={replaceUnpinned}
            onChange={(event) => setReplaceUnpinned(event.target.checked)}
          />
          <span>{t('plan.replaceUnpinned')}</span>
        </label>
        <button type="button" className="primary" onClick={suggest}>
          {suggested === null ? t('plan.suggest') : t('plan.rerun')}
        </button>
      </div>
      {failed ? <p className="notice">{t('plan.failed')}</p> : null}
      <div aria-live="polite">{stale ? <p className="notice">{t('plan.stale')}</p> : null}</div>
      {suggested === null ? null : (
        <>
          <PlanPreview suggested={suggested} />
          <p>
            {suggested.changes.length === 0
              ? t('plan.noChanges')
              : t('plan.changes', { count: suggested.changes.length })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={stale || suggested.changes.length === 0}
              onClick={accept}
            >
              {t('plan.accept')}
            </button>
            <button type="button" onClick={() => setSuggested(null)}>
              {t('plan.discard')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
