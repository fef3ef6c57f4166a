import { describe, expect, it } from 'vitest';
import {
  HANDSHAKE_RETRY_MAX_MS,
  handshakeRetryDelay,
} from '../../../client/src/net/handshake-retry.js';

const noJitter = () => 0;
const fullJitter = () => 0.999_999;

describe('handshakeRetryDelay', () => {
  it('waits as long as the server says, and up to half again', () => {
    expect(handshakeRetryDelay(3, 4_000, noJitter)).toBe(4_000);
    expect(handshakeRetryDelay(3, 4_000, fullJitter)).toBe(6_000);
  });

  it('doubles from 1 s without a word from the server, up to 30 s', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 10].map((attempt) =>
      handshakeRetryDelay(attempt, undefined, noJitter),
    );
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(handshakeRetryDelay(10, undefined, fullJitter)).toBe(HANDSHAKE_RETRY_MAX_MS * 1.5);
  });
});
