import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text.js';

interface CopyFieldProps {
  label: string;
  copyLabel: string;
  value: string;
}

/** A read-only link with a button that copies it. */
export function CopyField({ label, copyLabel, value }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    setOutcome((await copyText(value, input.current)) ? 'copied' : 'failed');
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          {copyLabel}
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {outcome === null ? '' : t(outcome === 'copied' ? 'copy.done' : 'copy.failed')}
      </p>
    </div>
  );
}
