import {
  type CreateCampRequest,
  CreateCampRequestSchema,
  type CreateCampResponse,
  defaultDaySlots,
  defaultRooms,
} from '@campgrid/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campClock } from '../../i18n/index.js';
import { createCamp } from '../../net/index.js';
import { useCampStore } from '../../store/index.js';
import { Field } from '../../ui/Field.js';
import { type FieldProblem, fieldProblems } from '../form-errors.js';
import { useProblemText } from '../use-problem-text.js';

const DEFAULT_TIME_ZONE = 'Europe/Berlin';
const DEFAULT_ROOMS = 4;
const ROOMS_OFFERED_MAX = 30;

interface CreateCampFormProps {
  onCreated(response: CreateCampResponse): void;
}

function timeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/**
 * Only the title is needed: the day follows the default template (opening plenary, 45-minute
 * sessions, lunch, closing plenary), which the moderator edits later.
 */
export function CreateCampForm({ onCreated }: CreateCampFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const notify = useCampStore((store) => store.notify);
  const titleInput = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [timezone, setTimezone] = useState(DEFAULT_TIME_ZONE);
  const [day, setDay] = useState(() => campClock(Date.now(), DEFAULT_TIME_ZONE).day);
  const [roomCount, setRoomCount] = useState(String(DEFAULT_ROOMS));
  const [votes, setVotes] = useState('');
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [busy, setBusy] = useState(false);
  const [showMore, setShowMore] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const rooms = Math.min(
      Math.max(Math.trunc(Number(roomCount)) || DEFAULT_ROOMS, 1),
      ROOMS_OFFERED_MAX,
    );
    const request: CreateCampRequest = {
      title,
      timezone,
      days: [day],
      rooms: defaultRooms(rooms),
      slots: defaultDaySlots([day]),
      settings: { votesPerParticipant: votes.trim() === '' ? null : Number(votes) },
    };
    const checked = CreateCampRequestSchema.safeParse(request);
    if (!checked.success) {
      const found = fieldProblems(checked.error);
      setProblems(found);
      // A problem in the folded-away details must not stay hidden.
      if (Object.keys(found).some((field) => field !== 'title')) setShowMore(true);
      if (found.title) titleInput.current?.focus();
      return;
    }
    setProblems({});
    setBusy(true);
    const reply = await createCamp(request);
    setBusy(false);
    if (reply.ok) onCreated(reply);
    else notify('refused', reply.code);
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h2>{t('home.createHeading')}</h2>
      <Field label={t('home.campTitle')} error={problemText(problems.title)}>
        {(control) => (
          <input
            {...control}
            ref={titleInput}
            type="text"
            required
            autoComplete="off"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <details
        className="more"
        open={showMore}
        onToggle={(event) => setShowMore(event.currentTarget.open)}
      >
        <summary>{t('home.more')}</summary>
        <div className="stack">
          <Field label={t('home.date')} error={problemText(problems.days)}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={day}
                onChange={(event) => setDay(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('home.timezone')} error={problemText(problems.timezone)}>
            {(control) => (
              <>
                <input
                  {...control}
                  type="text"
                  list={`${control.id}-zones`}
                  autoComplete="off"
                  value={timezone}
                  onChange={(event) => setTimezone(event.target.value)}
                />
                <datalist id={`${control.id}-zones`}>
                  {timeZones().map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label={t('home.rooms')} error={problemText(problems.rooms)}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={ROOMS_OFFERED_MAX}
                value={roomCount}
                onChange={(event) => setRoomCount(event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('home.votes')}
            hint={t('home.votesHint')}
            error={problemText(problems.settings)}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={100}
                value={votes}
                onChange={(event) => setVotes(event.target.value)}
              />
            )}
          </Field>
          <p className="hint">{t('home.templateHint')}</p>
        </div>
      </details>
      <button type="submit" className="primary" disabled={busy}>
        {t('home.submit')}
      </button>
    </form>
  );
}
