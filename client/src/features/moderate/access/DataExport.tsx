import { assertNever } from '@campgrid/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../../../net/index.js';
import { exportCamp } from './access-api.js';
import { failureText } from './failure-text.js';
import { StatusLine } from './StatusLine.js';
import { saveFile } from './save-file.js';

type Step =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; failure: ApiFailure };

/**
 * Downloads everything kept about the camp. It is fetched with the moderator's token (a plain link
 * would have to carry the secret in its address), then handed to the browser as a file.
 */
export function DataExport({ slug, token }: { slug: string; token: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function download() {
    setStep({ kind: 'working' });
    const reply = await exportCamp(slug, token);
    if (!reply.ok) {
      setStep({ kind: 'failed', failure: reply });
      return;
    }
    const file = `${slug}-export.json`;
    saveFile(file, reply.text, 'application/json');
    setStep({ kind: 'done', file });
  }

  function statusText(): string | null {
    switch (step.kind) {
      case 'idle':
        return null;
      case 'working':
        return t('access.export.working');
      case 'done':
        return t('access.export.done', { file: step.file });
      case 'failed':
        return failureText(t, step.failure);
      default:
        return assertNever(step, 'step');
    }
  }

  return (
    <section className="stack" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('access.export.heading')}</h3>
      <p className="hint">{t('access.export.intro')}</p>
      <p>
        <button type="button" disabled={step.kind === 'working'} onClick={() => void download()}>
          {t('access.export.download')}
        </button>
      </p>
      <StatusLine text={statusText()} tone={step.kind === 'failed' ? 'problem' : 'done'} />
    </section>
  );
}
