import type { CampState, Room } from '@campgrid/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, sendCommand } from '../../net/index.js';

const DEFAULT_CAPACITY = '30';

function RoomRow({ room }: { room: Room }) {
  const { t } = useTranslation();
  const [name, setName] = useState(room.name);
  const [capacity, setCapacity] = useState(String(room.capacity));

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    sendCommand('room:update', { roomId: room.id, name, capacity: Number(capacity) });
  }

  return (
    <li>
      <form className="setup-row" onSubmit={save}>
        <input
          type="text"
          aria-label={t('setup.roomName', { name: room.name })}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <input
          type="number"
          inputMode="numeric"
          min={1}
          aria-label={t('setup.roomCapacity', { name: room.name })}
          required
          value={capacity}
          onChange={(event) => setCapacity(event.target.value)}
        />
        <button type="submit" aria-label={t('setup.saveRoom', { name: room.name })}>
          {t('setup.save')}
        </button>
        <button
          type="button"
          aria-label={t('setup.removeRoom', { name: room.name })}
          onClick={() => sendCommand('room:remove', { roomId: room.id })}
        >
          {t('setup.remove')}
        </button>
      </form>
    </li>
  );
}

export function RoomsSetup({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState(DEFAULT_CAPACITY);

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const room = { id: newId(), name, capacity: Number(capacity) };
    if (sendCommand('room:add', { room }).ok) {
      setName('');
      setCapacity(DEFAULT_CAPACITY);
    }
  }

  return (
    <section className="stack" aria-labelledby="rooms-heading">
      <h3 id="rooms-heading">{t('setup.rooms')}</h3>
      <ul className="setup-list">
        {camp.rooms.map((room) => (
          // Keyed by content too: a change from elsewhere resets the row's unsaved input.
          <RoomRow key={`${room.id}|${room.name}|${room.capacity}`} room={room} />
        ))}
      </ul>
      <form className="setup-row" onSubmit={add}>
        <input
          type="text"
          aria-label={t('setup.newRoomName')}
          placeholder={t('setup.newRoomName')}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <input
          type="number"
          inputMode="numeric"
          min={1}
          aria-label={t('setup.newRoomCapacity')}
          required
          value={capacity}
          onChange={(event) => setCapacity(event.target.value)}
        />
        <button type="submit">{t('setup.addRoom')}</button>
      </form>
    </section>
  );
}
