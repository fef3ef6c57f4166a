import type { VoteTally } from '@campgrid/shared';
import type { TestSocket } from '../helpers/socket-client.js';

/** Guards against a hang; never part of what a test asserts. */
const WAIT_LIMIT_MS = 5_000;

/** The next votes:tallied broadcast the socket receives. */
export function nextTally(socket: TestSocket): Promise<VoteTally> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('votes:tallied', onTally);
      reject(new Error(`no votes:tallied within ${WAIT_LIMIT_MS} ms`));
    }, WAIT_LIMIT_MS);
    const onTally = (tally: VoteTally) => {
      clearTimeout(timer);
      resolve(tally);
    };
    socket.once('votes:tallied', onTally);
  });
}
