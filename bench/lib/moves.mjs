// The moderator's side of the fan-out and reconnect scenarios: two sessions moved around the grid
// of the default camp (4 rooms, 5 session slots), session:place and session:swap in turn.
import { randomUUID } from 'node:crypto';
import { command } from './camp-setup.mjs';

const ROOMS = ['r1', 'r2', 'r3', 'r4'];
const SESSION_SLOTS = ['d1s2', 'd1s3', 'd1s4', 'd1s6', 'd1s7'];
const CELLS = SESSION_SLOTS.flatMap((slotId) => ROOMS.map((roomId) => ({ roomId, slotId })));

const sameCell = (a, b) =>
  a !== null && b !== null && a.roomId === b.roomId && a.slotId === b.slotId;

export class Mover {
  constructor(moderator) {
    this.moderator = moderator;
    // Ids as the browser makes them, so each broadcast has its real size.
    this.a = randomUUID();
    this.b = randomUUID();
    this.placement = { [this.a]: null, [this.b]: null };
    this.nextCell = 0;
    this.count = 0;
  }

  /** Pitches and places the two sessions that the moves shuffle. */
  async setUp() {
    for (const sessionId of Object.keys(this.placement)) {
      await command(this.moderator, 'session:pitch', {
        sessionId,
        draft: { title: 'Moved around', hosts: ['Bench'] },
      });
      await this.place(sessionId);
    }
  }

  async place(sessionId) {
    const other = sessionId === this.a ? this.b : this.a;
    let cell = CELLS[this.nextCell % CELLS.length];
    while (sameCell(cell, this.placement[other]) || sameCell(cell, this.placement[sessionId])) {
      this.nextCell += 1;
      cell = CELLS[this.nextCell % CELLS.length];
    }
    this.nextCell += 1;
    const ack = await command(this.moderator, 'session:place', { sessionId, placement: cell });
    this.placement[sessionId] = cell;
    return ack;
  }

  /** One move: place and swap alternate. Returns the ack (version and events). */
  async move() {
    this.count += 1;
    if (this.count % 2 === 1) return this.place(this.a);
    const ack = await command(this.moderator, 'session:swap', {
      sessionId: this.a,
      otherSessionId: this.b,
    });
    const a = this.placement[this.a];
    this.placement[this.a] = this.placement[this.b];
    this.placement[this.b] = a;
    return ack;
  }
}
