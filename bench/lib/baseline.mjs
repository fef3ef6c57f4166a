// The bare Socket.IO server (bench/baseline-server.mjs) in a process of its own, with one sender
// connection to trigger its broadcasts; stopped again however the task ends.
import path from 'node:path';
import { io } from 'socket.io-client';
import { forkRpc } from './rpc.mjs';

export async function withBaselineServer(context, task) {
  const baseline = forkRpc(path.join(context.rootDir, 'bench/baseline-server.mjs'), {
    name: 'baseline server',
  });
  context.extraPids.add(baseline.pid);
  try {
    const { port } = await baseline.call('listen');
    const url = `http://127.0.0.1:${port}`;
    const sender = io(url, { transports: ['websocket'], forceNew: true });
    try {
      await new Promise((resolve, reject) => {
        sender.once('connect', resolve);
        sender.once('connect_error', reject);
      });
      return await task({ baseline, url, sender });
    } finally {
      sender.close();
      await baseline.call('close');
    }
  } finally {
    await baseline.stop();
    context.extraPids.delete(baseline.pid);
  }
}
