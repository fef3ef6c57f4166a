import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * A join code is short and chosen by a person, so a plain hash of it would fall to guessing
 * within seconds if the database leaked. scrypt makes each guess expensive; the salt makes every
 * camp's hash different even for the same code.
 */
const COST = 16_384;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
const SCHEME = 'scrypt';

/** How many verified codes are remembered, so a reconnect storm does not run scrypt per socket. */
const VERIFIED_CACHE_SIZE = 1_000;

function derive(code: string, salt: Buffer, cost: number, blockSize: number, parallelism: number) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(
      code,
      salt,
      KEY_LENGTH,
      { N: cost, r: blockSize, p: parallelism, maxmem: 64 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/**
 * People type codes on phones that capitalise the first letter and add a space after a word, so
 * case, surrounding space and Unicode look-alikes do not count.
 */
export function normalizeJoinCode(code: string): string {
  return code.normalize('NFKC').trim().toLowerCase();
}

/** `scrypt$N$r$p$salt$hash`, base64url: the parameters travel along, so they can change later. */
export async function hashJoinCode(code: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(normalizeJoinCode(code), salt, COST, BLOCK_SIZE, PARALLELISM);
  return [
    SCHEME,
    COST,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

async function matches(code: string, stored: string): Promise<boolean> {
  const [scheme, cost, blockSize, parallelism, salt, hash] = stored.split('$');
  if (
    scheme !== SCHEME ||
    salt === undefined ||
    hash === undefined ||
    cost === undefined ||
    blockSize === undefined ||
    parallelism === undefined
  ) {
    return false;
  }
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(
    normalizeJoinCode(code),
    Buffer.from(salt, 'base64url'),
    Number(cost),
    Number(blockSize),
    Number(parallelism),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Checks codes against stored hashes. A code that matched once is remembered (as a SHA-256 next
 * to its stored hash, never as text), so the hundreds of viewers of a private camp who reconnect
 * after a Wi-Fi drop do not each cost an scrypt run. A changed code has a new hash and salt, so
 * the remembered match no longer applies.
 */
export class JoinCodeVerifier {
  private readonly verified = new Set<string>();

  async matches(code: string, stored: string): Promise<boolean> {
    const key = `${stored}\n${createHash('sha256').update(normalizeJoinCode(code)).digest('hex')}`;
    if (this.verified.has(key)) return true;
    const ok = await matches(code, stored);
    if (ok) {
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.clear();
      this.verified.add(key);
    }
    return ok;
  }
}
