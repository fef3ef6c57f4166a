import { JOIN_CODE_MAX } from '@campgrid/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCamp } from '../../net/index.js';
import { Field } from '../../ui/Field.js';
import { saveJoinCode } from './credentials.js';

interface JoinCodeFormProps {
  slug: string;
  /** The code this browser kept was refused: say so, rather than only asking. */
  changed: boolean;
  /** The code opened the camp and is kept; the page connects with it now. */
  onUnlocked: () => void;
}

/**
 * What a private camp shows to a visitor without a link: one field for its join code. The code
 * is checked with the server before it is kept, so a wrong one is refused here, under the field,
 * and never stored.
 */
export function JoinCodeForm({ slug, changed, onUnlocked }: JoinCodeFormProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // The form replaces the page the visitor asked for: start where the answer goes.
    input.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = code.trim();
    if (typed === '') {
      setProblem(t('camp.joinCode.empty'));
      input.current?.focus();
      return;
    }
    setProblem(undefined);
    setBusy(true);
    const reply = await getCamp(slug, typed);
    setBusy(false);
    // The snapshot itself is not needed: the live connection brings it with the code.
    if (!('code' in reply)) {
      saveJoinCode(slug, typed);
      onUnlocked();
      return;
    }
    setProblem(
      reply.code === 'UNAUTHORIZED' ? t('camp.joinCode.wrong') : t(`errors.${reply.code}`),
    );
    input.current?.focus();
  }

  return (
    <div className="stack narrow">
      <h1>{t('camp.joinCode.heading')}</h1>
      <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
        {changed ? <p className="warning">{t('camp.joinCode.changed')}</p> : null}
        <p>{t('camp.joinCode.intro')}</p>
        <Field label={t('camp.joinCode.label')} error={problem}>
          {(control) => (
            <input
              {...control}
              ref={input}
              type="text"
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={JOIN_CODE_MAX}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('camp.joinCode.submit')}
        </button>
        <p role="status" className="hint">
          {busy ? t('camp.joinCode.checking') : ''}
        </p>
      </form>
    </div>
  );
}
