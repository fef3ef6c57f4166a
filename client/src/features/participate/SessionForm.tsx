import {
  SESSION_DESCRIPTION_MAX,
  SESSION_FORMATS,
  SESSION_LANGUAGES,
  SESSION_TITLE_MAX,
  type SessionDraft,
  SessionDraftSchema,
  type SessionFormat,
  type SessionLanguage,
} from '@campgrid/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendResult } from '../../net/index.js';
import { Field } from '../../ui/Field.js';
import { type FieldProblem, fieldProblems, splitList } from '../form-errors.js';
import { useProblemText } from '../use-problem-text.js';

export interface SessionFormValues {
  title: string;
  description: string;
  /** null until the user types: then the hosts follow the default (the own display name). */
  hosts: string | null;
  tags: string;
  format: SessionFormat;
  language: SessionLanguage;
}

export const EMPTY_SESSION_FORM: SessionFormValues = {
  title: '',
  description: '',
  hosts: null,
  tags: '',
  format: 'discussion',
  language: 'de',
};

type DraftField = 'title' | 'description' | 'hosts' | 'tags';

interface SessionFormProps {
  initial: SessionFormValues;
  defaultHosts: string;
  submitLabel: string;
  /** Sends the draft; the form empties itself when the change was taken. */
  onSubmit(draft: SessionDraft): SendResult;
  onCancel?: () => void;
}

/** The pitch form, and the same form for editing a session. */
export function SessionForm({
  initial,
  defaultHosts,
  submitLabel,
  onSubmit,
  onCancel,
}: SessionFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<DraftField, FieldProblem>>>({});
  const fields = {
    title: useRef<HTMLInputElement>(null),
    description: useRef<HTMLTextAreaElement>(null),
    hosts: useRef<HTMLInputElement>(null),
    tags: useRef<HTMLInputElement>(null),
  };
  const hosts = values.hosts ?? defaultHosts;

  function change<K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function showProblems(found: Partial<Record<DraftField, FieldProblem>>) {
    setProblems(found);
    const first = (['title', 'description', 'hosts', 'tags'] as const).find((key) => found[key]);
    if (first) fields[first].current?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = SessionDraftSchema.safeParse({
      title: values.title,
      description: values.description,
      hosts: splitList(hosts),
      tags: splitList(values.tags),
      format: values.format,
      language: values.language,
    });
    if (!checked.success) {
      showProblems(fieldProblems(checked.error));
      return;
    }
    const result = onSubmit(checked.data);
    if (result.ok) {
      setProblems({});
      setValues(initial);
      return;
    }
    // The rules (in shared's decider) refuse what the schema allows, e.g. a session without hosts.
    const field = result.field?.split('.').pop();
    if (field === 'hosts') showProblems({ hosts: { key: 'form.required' } });
  }

  return (
    <form className="stack session-form" onSubmit={submit} noValidate>
      <Field
        label={t('pitch.title')}
        hint={t('form.count', { count: values.title.length, max: SESSION_TITLE_MAX })}
        error={problemText(problems.title)}
      >
        {(control) => (
          <input
            {...control}
            ref={fields.title}
            type="text"
            required
            autoComplete="off"
            value={values.title}
            onChange={(event) => change('title', event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('pitch.description')}
        hint={t('form.count', { count: values.description.length, max: SESSION_DESCRIPTION_MAX })}
        error={problemText(problems.description)}
      >
        {(control) => (
          <textarea
            {...control}
            ref={fields.description}
            rows={4}
            value={values.description}
            onChange={(event) => change('description', event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('pitch.hosts')}
        hint={t('pitch.listHint')}
        error={problemText(problems.hosts)}
      >
        {(control) => (
          <input
            {...control}
            ref={fields.hosts}
            type="text"
            autoComplete="off"
            value={hosts}
            onChange={(event) => change('hosts', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('pitch.tags')} hint={t('pitch.listHint')} error={problemText(problems.tags)}>
        {(control) => (
          <input
            {...control}
            ref={fields.tags}
            type="text"
            autoComplete="off"
            value={values.tags}
            onChange={(event) => change('tags', event.target.value)}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label={t('pitch.format')}>
          {(control) => (
            <select
              {...control}
              value={values.format}
              onChange={(event) => {
                const format = SESSION_FORMATS.find((item) => item === event.target.value);
                if (format) change('format', format);
              }}
            >
              {SESSION_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {t(`formats.${format}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('pitch.language')}>
          {(control) => (
            <select
              {...control}
              value={values.language}
              onChange={(event) => {
                const language = SESSION_LANGUAGES.find((item) => item === event.target.value);
                if (language) change('language', language);
              }}
            >
              {SESSION_LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`sessionLanguages.${language}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('pitch.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
