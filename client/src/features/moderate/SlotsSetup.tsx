import {
  type CampState,
  minutesOf,
  orderedSlots,
  SESSION_MINUTES,
  SLOT_KINDS,
  type Slot,
  type SlotKind,
  timeOf,
} from '@campgrid/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeRange } from '../../i18n/index.js';
import { newId, sendCommand } from '../../net/index.js';

type SlotValues = Pick<Slot, 'day' | 'start' | 'end' | 'kind' | 'label'>;

interface SlotFieldsProps {
  camp: CampState;
  values: SlotValues;
  /** Names the slot in every label, e.g. "Beginn von 10:15–11:00". */
  labelOf(field: 'day' | 'start' | 'end' | 'kind' | 'label'): string;
  onChange(values: SlotValues): void;
}

function SlotFields({ camp, values, labelOf, onChange }: SlotFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof SlotValues>(key: K, value: SlotValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <>
      {camp.days.length > 1 ? (
        <select
          aria-label={labelOf('day')}
          value={values.day}
          onChange={(event) => set('day', event.target.value)}
        >
          {camp.days.map((day) => (
            <option key={day} value={day}>
              {day}
            </option>
          ))}
        </select>
      ) : null}
      <input
        type="time"
        aria-label={labelOf('start')}
        required
        value={values.start}
        onChange={(event) => set('start', event.target.value)}
      />
      <input
        type="time"
        aria-label={labelOf('end')}
        required
        value={values.end}
        onChange={(event) => set('end', event.target.value)}
      />
      <select
        aria-label={labelOf('kind')}
        value={values.kind}
        onChange={(event) => {
          const kind = SLOT_KINDS.find((item) => item === event.target.value);
          if (kind) set('kind', kind);
        }}
      >
        {SLOT_KINDS.map((kind: SlotKind) => (
          <option key={kind} value={kind}>
            {t(`slotKinds.${kind}`)}
          </option>
        ))}
      </select>
      <input
        type="text"
        aria-label={labelOf('label')}
        value={values.label}
        onChange={(event) => set('label', event.target.value)}
      />
    </>
  );
}

const FIELD_KEYS = {
  day: 'setup.slotDay',
  start: 'setup.slotStart',
  end: 'setup.slotEnd',
  kind: 'setup.slotKind',
  label: 'setup.slotLabel',
} as const;

const NEW_FIELD_KEYS = {
  day: 'setup.newSlotDay',
  start: 'setup.newSlotStart',
  end: 'setup.newSlotEnd',
  kind: 'setup.newSlotKind',
  label: 'setup.newSlotLabel',
} as const;

function SlotRow({ camp, slot }: { camp: CampState; slot: Slot }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SlotValues>(slot);
  const name = camp.days.length > 1 ? `${slot.day} ${timeRange(slot)}` : timeRange(slot);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    sendCommand('slot:update', { slotId: slot.id, ...values });
  }

  return (
    <li>
      <form className="setup-row" onSubmit={save}>
        <SlotFields
          camp={camp}
          values={values}
          labelOf={(field) => t(FIELD_KEYS[field], { slot: name })}
          onChange={setValues}
        />
        <button type="submit" aria-label={t('setup.saveSlot', { slot: name })}>
          {t('setup.save')}
        </button>
        <button
          type="button"
          aria-label={t('setup.removeSlot', { slot: name })}
          onClick={() => sendCommand('slot:remove', { slotId: slot.id })}
        >
          {t('setup.remove')}
        </button>
      </form>
    </li>
  );
}

/** A new slot starts after the day's last one, one session long. */
function nextSlot(camp: CampState): SlotValues {
  const day = camp.days[0] ?? '';
  const last = orderedSlots(camp)
    .filter((slot) => slot.day === day)
    .at(-1);
  const start = Math.min(last ? minutesOf(last.end) : 9 * 60, 23 * 60 - SESSION_MINUTES);
  return {
    day,
    start: timeOf(start),
    end: timeOf(start + SESSION_MINUTES),
    kind: 'session',
    label: '',
  };
}

export function SlotsSetup({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SlotValues>(() => nextSlot(camp));

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sendCommand('slot:add', { slot: { id: newId(), ...draft } }).ok) {
      setDraft(nextSlot({ ...camp, slots: [...camp.slots, { id: 'new', ...draft }] }));
    }
  }

  return (
    <section className="stack" aria-labelledby="slots-heading">
      <h3 id="slots-heading">{t('setup.slots')}</h3>
      <ul className="setup-list">
        {orderedSlots(camp).map((slot) => (
          <SlotRow key={JSON.stringify(slot)} camp={camp} slot={slot} />
        ))}
      </ul>
      <form className="setup-row" onSubmit={add}>
        <SlotFields
          camp={camp}
          values={draft}
          labelOf={(field) => t(NEW_FIELD_KEYS[field])}
          onChange={setDraft}
        />
        <button type="submit">{t('setup.addSlot')}</button>
      </form>
    </section>
  );
}
