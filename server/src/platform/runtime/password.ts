// Staff passwords: scrypt with a per-password salt, stored as `scrypt$N$r$p$salt$hash`.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

let unknownUser: Promise<string> | null = null;
/** A hash of a random password, compared against when the username is unknown so timing reveals nothing. */
export function unknownUserHash(): Promise<string> {
  unknownUser ??= hashPassword(randomBytes(16).toString('hex'));
  return unknownUser;
}

// No 0/O, 1/l/I: the administrator reads it out or copies it by hand.
const ONE_TIME_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A one-time password an administrator is shown once and hands over: 12 random characters (~70 bits) in groups
 * of four, with a letter and a digit, so it passes the password rules it is then replaced under.
 */
export function generateOneTimePassword(): string {
  for (;;) {
    const bytes = randomBytes(24);
    let chars = '';
    // Rejection sampling: 56 symbols, bytes under 224 (= 4 × 56) map evenly.
    for (const byte of bytes) if (byte < 224 && chars.length < 12) chars += ONE_TIME_ALPHABET[byte % 56];
    if (chars.length === 12 && /\d/.test(chars) && /[a-z]/i.test(chars)) {
      return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
    }
  }
}
