import { randomUUID } from 'node:crypto';
import type { CommandAck, CommandInput, CommandType, CreateCampResponse } from '@campgrid/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { appUrl, createCamp, fetchCamp } from './helpers/api.js';
import {
  DESKTOP,
  LIVE,
  newContext,
  newPage,
  useAppAndBrowser,
  waitUntilConnected,
} from './helpers/harness.js';

const running = useAppAndBrowser();

const openSockets: Socket[] = [];
const openContexts: BrowserContext[] = [];
afterEach(async () => {
  for (const socket of openSockets.splice(0)) socket.close();
  for (const context of openContexts.splice(0)) await context.close();
});

/** A script's connection to the camp, to set the scene without clicking through it. */
async function connect(baseUrl: string, slug: string, token: string): Promise<Socket> {
  const socket = io(baseUrl, {
    transports: ['websocket'],
    auth: { slug, token },
    forceNew: true,
    reconnection: false,
  });
  openSockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

async function command<T extends CommandType>(
  socket: Socket,
  type: T,
  payload: CommandInput<T>,
): Promise<void> {
  const ack = (await socket
    .timeout(10_000)
    .emitWithAck(type, { commandId: `e2e-${randomUUID()}`, payload })) as CommandAck;
  if (!ack.ok) throw new Error(`${type} refused: ${ack.code} ${ack.message}`);
}

async function joinAs(baseUrl: string, slug: string, displayName: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/camps/${slug}/participants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName }),
  });
  const body: unknown = await response.json();
  if (response.status !== 201 || typeof body !== 'object' || body === null || !('token' in body)) {
    throw new Error(`joining failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return String(body.token);
}

/** A camp on the default template with three pitches from three hosts; Gamma sits in Raum 1 at 10:15. */
async function campWithPitches(baseUrl: string): Promise<CreateCampResponse> {
  const camp = await createCamp(baseUrl, 'Zwei Moderationen');
  const participant = await connect(baseUrl, camp.slug, await joinAs(baseUrl, camp.slug, 'Kim'));
  for (const [index, title] of ['Alpha', 'Beta', 'Gamma'].entries()) {
    await command(participant, 'session:pitch', {
      sessionId: `s-${title.toLowerCase()}`,
      draft: { title, hosts: [`Host ${index}`] },
    });
  }
  const moderator = await connect(baseUrl, camp.slug, camp.moderatorToken);
  await command(moderator, 'session:place', {
    sessionId: 's-gamma',
    placement: { roomId: 'r1', slotId: 'd1s2' },
  });
  return camp;
}

async function openModerator(baseUrl: string, camp: CreateCampResponse): Promise<Page> {
  const context = await newContext(running().browser, DESKTOP);
  openContexts.push(context);
  const { page } = await newPage(context);
  await page.goto(appUrl(baseUrl, camp.links.moderator));
  await waitUntilConnected(page);
  await page.getByRole('button', { name: 'Gamma, Raum 1, 10:15', exact: true }).waitFor();
  return page;
}

/** The grid as a page shows it: the names of its occupied cells. */
function gridOf(page: Page): Promise<string[]> {
  return page
    .locator('table.grid:not(.preview-grid) button.cell-occupied')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label') ?? '').sort());
}

/** The grid as the server stored it, named the way the cells are. */
async function storedGrid(baseUrl: string, slug: string): Promise<string[]> {
  const camp = await fetchCamp(baseUrl, slug);
  const roomName = new Map(camp.rooms.map((room) => [room.id, room.name]));
  const slotStart = new Map(camp.slots.map((slot) => [slot.id, slot.start]));
  return camp.sessions
    .flatMap(({ title, placement }) =>
      placement === null
        ? []
        : [`${title}, ${roomName.get(placement.roomId)}, ${slotStart.get(placement.slotId)}`],
    )
    .sort();
}

/** Both pages settle on the grid the server stored. */
async function expectSameGrid(baseUrl: string, slug: string, pages: Page[]): Promise<string[]> {
  const stored = await storedGrid(baseUrl, slug);
  for (const page of pages) await expect.poll(() => gridOf(page), LIVE).toEqual(stored);
  return stored;
}

const cell = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/**
 * A grid cell by room and slot, whatever it holds: in a race the other moderator's change may land
 * first and turn an empty cell's button into an occupied one's.
 */
const cellAt = (page: Page, roomId: string, slotId: string) =>
  page.locator(`[data-cell="cell:${roomId}:${slotId}"]`);

describe('several moderators at once', () => {
  it('race on the same session and on the same cell, and both end with the same grid', async () => {
    const { app } = running();
    const camp = await campWithPitches(app.baseUrl);
    const first = await openModerator(app.baseUrl, camp);
    const second = await openModerator(app.baseUrl, camp);

    // Each sees the other, and what the other holds.
    await cell(first, 'Gamma, Raum 1, 10:15').click();
    const presence = second.getByRole('region', { name: 'Gerade in der Moderation' });
    await presence.getByText('Moderation: hält „Gamma“').waitFor();

    // The same session, moved by both at once to different cells.
    await cell(second, 'Gamma, Raum 1, 10:15').click();
    await Promise.all([cellAt(first, 'r2', 'd1s3').click(), cellAt(second, 'r3', 'd1s4').click()]);
    const afterMove = await expectSameGrid(app.baseUrl, camp.slug, [first, second]);
    expect(afterMove.filter((name) => name.startsWith('Gamma,'))).toHaveLength(1);

    // Two pitches dropped by both at once into the same cell.
    await first.getByRole('button', { name: 'Alpha auswählen' }).click();
    await second.getByRole('button', { name: 'Beta auswählen' }).click();
    await Promise.all([cellAt(first, 'r4', 'd1s6').click(), cellAt(second, 'r4', 'd1s6').click()]);
    const afterDrop = await expectSameGrid(app.baseUrl, camp.slug, [first, second]);
    const inCell = afterDrop.filter((name) => name.endsWith(', Raum 4, 14:00'));
    expect(inCell).toHaveLength(1);
    // The one that lost is back in both lists, with nothing lost or duplicated.
    const loser = inCell[0]?.startsWith('Alpha') ? 'Beta' : 'Alpha';
    for (const page of [first, second]) {
      await page.getByRole('button', { name: `${loser} auswählen` }).waitFor();
    }
    expect(afterDrop.filter((name) => name.startsWith(`${loser},`))).toEqual([]);
  });

  it('places a session with the keyboard alone', async () => {
    const { app } = running();
    const camp = await campWithPitches(app.baseUrl);
    const page = await openModerator(app.baseUrl, camp);

    await page.getByRole('button', { name: 'Alpha auswählen' }).focus();
    await page.keyboard.press('Space');
    await page.getByText('Alpha aufgenommen.', { exact: false }).waitFor();
    // From the list into the first cell (Raum 1, 10:15), then right and down.
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
    await page.getByText('Alpha über Raum 2, 11:15–12:00.').waitFor();
    await page.keyboard.press('Space');

    await cell(page, 'Alpha, Raum 2, 11:15').waitFor();
    await expect
      .poll(() => storedGrid(app.baseUrl, camp.slug), LIVE)
      .toEqual(['Alpha, Raum 2, 11:15', 'Gamma, Raum 1, 10:15']);
    // Focus follows the session into the grid, so the next move is one Space away.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), LIVE)
      .toBe('Alpha, Raum 2, 11:15');
  });

  it('moves a session by dragging it with the mouse', async () => {
    const { app } = running();
    const camp = await campWithPitches(app.baseUrl);
    const page = await openModerator(app.baseUrl, camp);

    const from = await cell(page, 'Gamma, Raum 1, 10:15').boundingBox();
    const to = await cellAt(page, 'r3', 'd1s7').boundingBox();
    if (from === null || to === null) throw new Error('the cells are not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Past the few pixels that tell a drag from a click, then over the target in steps.
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();

    await cell(page, 'Gamma, Raum 3, 15:00').waitFor();
    await expect
      .poll(() => storedGrid(app.baseUrl, camp.slug), LIVE)
      .toEqual(['Gamma, Raum 3, 15:00']);
  });
});

describe('co-moderator links', () => {
  it('hands a co-moderator a link in the UI, and revoking it locks that browser out', async () => {
    const { app } = running();
    const camp = await campWithPitches(app.baseUrl);
    const main = await openModerator(app.baseUrl, camp);

    await main.getByRole('button', { name: 'Zugang & Daten zeigen' }).click();
    const coModeration = main.getByRole('region', { name: 'Co-Moderation' });
    await coModeration.getByLabel('Bezeichnung').fill('Team Nord');
    await coModeration.getByRole('button', { name: 'Link erstellen' }).click();
    const link = await coModeration.getByLabel('Moderationslink für Team Nord').inputValue();
    expect(link).toMatch(new RegExp(`/c/${camp.slug}/moderate#key=`));

    // A second browser opens the link it was handed and moderates.
    const context = await newContext(running().browser, DESKTOP);
    openContexts.push(context);
    const { page: second } = await newPage(context);
    await second.goto(link);
    await waitUntilConnected(second);
    await second.getByRole('button', { name: 'Gamma, Raum 1, 10:15', exact: true }).waitFor();
    await main
      .getByRole('region', { name: 'Gerade in der Moderation' })
      .getByText('Team Nord: hält nichts')
      .waitFor();

    await coModeration.getByRole('button', { name: 'Link von Team Nord zurückziehen' }).click();
    await coModeration
      .getByText('Der Link von „Team Nord“ funktioniert nicht mehr', { exact: false })
      .waitFor();

    // The open page is cut off at once, and the link opens nothing any more.
    await second.getByRole('status').filter({ hasText: 'Offline' }).first().waitFor();
    await second.reload();
    // The page keeps the camp it saw (offline snapshot), but no longer as a moderator.
    await second
      .getByText('Zum Moderieren brauchst du den geheimen Moderationslink.', { exact: false })
      .waitFor();
    await expect
      .poll(() => second.getByRole('button', { name: 'Gamma, Raum 1, 10:15' }).count(), LIVE)
      .toBe(0);
  });
});

describe('rotating the moderator link', () => {
  it('shows the new link once, moves this tab onto it, and the old link opens nothing', async () => {
    const { app } = running();
    const camp = await campWithPitches(app.baseUrl);
    const page = await openModerator(app.baseUrl, camp);

    await page.getByRole('button', { name: 'Zugang & Daten zeigen' }).click();
    const rotation = page.getByRole('region', { name: 'Moderationslink erneuern' });
    await rotation.getByRole('button', { name: 'Link erneuern …' }).click();
    await rotation.getByRole('button', { name: 'Ja, Link jetzt erneuern' }).click();
    const link = await rotation.getByLabel('Neuer Moderationslink').inputValue();
    expect(link).not.toContain(camp.moderatorToken);
    // The server cut this tab's connection off with the old link.
    await page.getByRole('status').filter({ hasText: 'Offline' }).first().waitFor();

    await rotation.getByRole('link', { name: 'Mit dem neuen Link weitermachen' }).click();
    await waitUntilConnected(page);
    await page.getByRole('button', { name: 'Gamma, Raum 1, 10:15', exact: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('');

    const context = await newContext(running().browser, DESKTOP);
    openContexts.push(context);
    const { page: old } = await newPage(context);
    await old.goto(appUrl(app.baseUrl, camp.links.moderator));
    await old
      .getByText('Dieser Moderationslink gilt nicht (mehr).', { exact: false })
      .or(
        old.getByText('Zum Moderieren brauchst du den geheimen Moderationslink.', { exact: false }),
      )
      .first()
      .waitFor();
  });
});
