import type { CommandType, ErrorReply } from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCamp, request, snapshot } from '../helpers/api.js';
import { campWithPeople } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  emitWithAck,
  newCommandId,
  sendCommand,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllSockets();
  await server.destroy();
});

describe('links', () => {
  it.each([
    'javascript:alert(document.cookie)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/{session}',
    'https://pad.example.org/p/{session} onclick=alert(1)',
    `https://pad.example.org/${'x'.repeat(300)}`,
  ])('refuses %s as the notes link template', async (template) => {
    const { slug, moderatorToken } = await createCamp(server.url);
    const moderator = await connectClient(server.url, { slug, token: moderatorToken });
    const ack = await sendCommand(moderator, 'camp:update', {
      settings: { notesUrlTemplate: template },
    });
    expect(ack).toMatchObject({
      ok: false,
      code: 'INVALID',
      field: 'settings.notesUrlTemplate',
    });
    expect((await snapshot(server.url, slug)).settings.notesUrlTemplate).toBeNull();
  });

  it.each(['https://pad.example.org/p/{camp}-{session}', 'http://pad.lan/p/{session}'])(
    'takes %s',
    async (template) => {
      const { slug, moderatorToken } = await createCamp(server.url);
      const moderator = await connectClient(server.url, { slug, token: moderatorToken });
      const ack = await sendCommand(moderator, 'camp:update', {
        settings: { notesUrlTemplate: template },
      });
      expect(ack).toMatchObject({ ok: true });
      expect((await snapshot(server.url, slug)).settings.notesUrlTemplate).toBe(template);
    },
  );

  it('refuses a javascript: link at creation too', async () => {
    const created = await request<ErrorReply>(server.url, 'POST', '/api/camps', {
      title: 'T',
      settings: { notesUrlTemplate: 'javascript:alert(1)' },
    });
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({ field: 'settings.notesUrlTemplate' });
  });
});

describe('text lengths', () => {
  it.each<[CommandType, unknown, string]>([
    ['camp:update', { title: 'x'.repeat(121) }, 'title'],
    ['room:add', { room: { id: 'r9', name: 'x'.repeat(61), capacity: 10 } }, 'room.name'],
    [
      'session:pitch',
      { sessionId: 's', draft: { title: 'T', hosts: ['x'.repeat(81)] } },
      'draft.hosts.0',
    ],
    [
      'session:pitch',
      { sessionId: 's', draft: { title: 'T', tags: ['x'.repeat(31)] } },
      'draft.tags.0',
    ],
    ['session:cancel', { sessionId: 's', reason: 'x'.repeat(301) }, 'reason'],
    ['wish:adopt', { sessionId: 's', hostName: 'x'.repeat(81) }, 'hostName'],
  ])('%s refuses an over-long %j', async (type, payload, field) => {
    const camp = await campWithPeople(server.url);
    const ack = await emitWithAck(camp.moderator, type, { commandId: newCommandId(), payload });
    expect(ack).toMatchObject({ ok: false, code: 'INVALID', field });
  });

  it('refuses an over-long display name and join code', async () => {
    const { slug } = await createCamp(server.url);
    const joined = await request<ErrorReply>(
      server.url,
      'POST',
      `/api/camps/${slug}/participants`,
      {
        displayName: 'x'.repeat(81),
      },
    );
    expect(joined.status).toBe(400);
    expect(joined.body).toMatchObject({ field: 'displayName' });
    const withCode = await request<ErrorReply>(
      server.url,
      'POST',
      `/api/camps/${slug}/participants`,
      {
        displayName: 'Anna',
        joinCode: 'x'.repeat(65),
      },
    );
    expect(withCode.body).toMatchObject({ field: 'joinCode' });
  });
});
