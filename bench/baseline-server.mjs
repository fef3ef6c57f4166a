// The yardstick for fan-out: a bare Socket.IO server with campgrid's transport settings and no
// application code. A sender's message is stamped with the time and broadcast to every other
// client, the way campgrid broadcasts a committed command.
import http from 'node:http';
import { Server } from 'socket.io';
import { serveRpc } from './lib/rpc.mjs';

let server = null;

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
    });
    await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    server = { io, httpServer };
    return { port: httpServer.address().port };
  },
  async close() {
    await new Promise((resolve) => server?.io.close(() => resolve()) ?? resolve());
    return {};
  },
});
