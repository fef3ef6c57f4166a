// The yardstick: a bare Socket.IO server with campgrid's transport settings and no application
// code. For fan-out, a sender's message is stamped with the time and broadcast to every other
// client, the way campgrid broadcasts a committed command. For the reconnect storm, `bench:sync`
// is answered at once with a copy of a real camp:sync reply: no credentials, no database.
import http from 'node:http';
import { Server } from 'socket.io';
import { serveRpc } from './lib/rpc.mjs';

let server = null;
let syncReply = { ok: true };

serveRpc({
  async listen() {
    const httpServer = http.createServer();
    const io = new Server(httpServer, {
      transports: ['websocket'],
      serveClient: false,
      maxHttpBufferSize: 16_384,
    });
    io.on('connection', (socket) => {
      // The payload is a real campgrid envelope: same event name, same size, fresh timestamp.
      socket.on('bench:broadcast', ({ name, envelope }, ack) => {
        socket.broadcast.emit(name, { ...envelope, at: Date.now() });
        if (typeof ack === 'function') ack({ ok: true });
      });
      socket.on('bench:sync', (_request, ack) => {
        if (typeof ack === 'function') ack(syncReply);
      });
    });
    // The same accept queue as campgrid's server (server/src/app.ts).
    await new Promise((resolve) =>
      httpServer.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve),
    );
    server = { io, httpServer };
    return { port: httpServer.address().port };
  },
  async setSyncReply({ reply }) {
    syncReply = reply;
    return {};
  },
  async close() {
    await new Promise((resolve) => server?.io.close(() => resolve()) ?? resolve());
    return {};
  },
});
