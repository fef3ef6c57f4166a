import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';
import type { ClientErrorCode } from '../../store/index.js';
import { cancelAccessEnd, expectAccessEnd } from '../camp/revoked-links.js';
import { forgetMe } from './forget-me.js';
import { markLeft } from './left-camps.js';
import { useCommandOutcome } from './use-command-outcome.js';

type Step =
  | { kind: 'idle' }
  | { kind: 'confirming' }
  | { kind: 'sent'; commandId: string }
  | { kind: 'left' }
  | { kind: 'failed'; code: ClientErrorCode };

/**
 * "Delete me": the participant leaves the camp with participant:leave. The server deletes their
 * name, votes and agenda and stops their token; this browser then forgets what it kept.
 */
export function LeaveCamp({ slug, onLeft }: { slug: string; onLeft: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const outcome = useCommandOutcome(step.kind === 'sent' ? step.commandId : null);
  const refusal = outcome.kind === 'refused' ? outcome.code : null;

  useEffect(() => {
    if (refusal !== null) {
      cancelAccessEnd(slug);
      setStep({ kind: 'failed', code: refusal });
    } else if (outcome.kind === 'accepted') {
      setStep({ kind: 'left' });
      markLeft(slug);
      void forgetMe(slug).finally(() => {
        // Should the server's notice come only now, it is no longer this page's to explain.
        cancelAccessEnd(slug);
        onLeft();
      });
    }
  }, [outcome.kind, refusal, slug, onLeft]);

  function leave() {
    // The server closes this page's connection after the ack: expected, this page explains it.
    expectAccessEnd(slug);
    const result = sendCommand('participant:leave', {});
    if (!result.ok) cancelAccessEnd(slug);
    setStep(
      result.ok
        ? { kind: 'sent', commandId: result.commandId }
        : { kind: 'failed', code: result.code },
    );
  }

  const status =
    step.kind === 'sent' || step.kind === 'left'
      ? t('leave.working')
      : step.kind === 'failed'
        ? t('leave.failed', { reason: t(`errors.${step.code}`) })
        : '';

  return (
    <section className="card stack" aria-labelledby="leave-heading">
      <h2 id="leave-heading">{t('leave.heading')}</h2>
      <p>{t('leave.intro')}</p>
      {step.kind === 'idle' || step.kind === 'failed' ? (
        <p>
          <button type="button" className="danger" onClick={() => setStep({ kind: 'confirming' })}>
            {t('leave.start')}
          </button>
        </p>
      ) : null}
      {step.kind === 'confirming' ? (
        <div className="stack">
          <p className="warning">{t('leave.question')}</p>
          <p className="actions">
            <button type="button" className="danger" onClick={leave}>
              {t('leave.confirm')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('leave.cancel')}
            </button>
          </p>
        </div>
      ) : null}
      <p role="status" className={step.kind === 'failed' ? 'field-error' : 'hint'}>
        {status}
      </p>
    </section>
  );
}
