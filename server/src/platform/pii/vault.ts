// Personal data at rest: AES-256-GCM ciphertexts plus HMAC blind indexes for the lookups and unique
// constraints that need equality on plaintext. Every feature that stores ID numbers, phones or real
// names goes through this module; responses mask what they show (see shared/identity/masking).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const FORMAT_VERSION = 'v1';
/** First byte of an encrypted file (encryptBytes): version 1 is this byte, IV (12), tag (16), ciphertext. */
const BYTES_FORMAT_VERSION = 0x01;

export type BlindIndexPurpose = 'document' | 'phone' | 'openid';

export class PersonalDataVault {
  private readonly encryptionKey: Buffer;
  private readonly fileKey: Buffer;
  private readonly indexKey: Buffer;
  private readonly signingKey: Buffer;
  private readonly auditKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('PII key must be 32 bytes');
    // Separate keys per use, so a leaked index or signature never helps decrypt.
    this.encryptionKey = derive(masterKey, 'zz/pii/encryption');
    this.fileKey = derive(masterKey, 'zz/pii/files');
    this.indexKey = derive(masterKey, 'zz/pii/blind-index');
    this.signingKey = derive(masterKey, 'zz/tickets/signing');
    this.auditKey = derive(masterKey, 'zz/audit/log');
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${FORMAT_VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [version, payload] = stored.split(':', 2);
    if (version !== FORMAT_VERSION || !payload) throw new Error('Unknown personal-data ciphertext format');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /**
   * Binary personal data (photos of identity documents) as one binary value. `associatedData` (e.g. the row's
   * id) is authenticated but not stored: a ciphertext copied into another row fails to decrypt there.
   */
  encryptBytes(plaintext: Buffer, associatedData: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.fileKey, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([Buffer.of(BYTES_FORMAT_VERSION), iv, cipher.getAuthTag(), body]);
  }

  decryptBytes(stored: Buffer, associatedData: string): Buffer {
    if (stored.length < 29 || stored[0] !== BYTES_FORMAT_VERSION) throw new Error('Unknown encrypted file format');
    const decipher = createDecipheriv('aes-256-gcm', this.fileKey, stored.subarray(1, 13));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(stored.subarray(13, 29));
    return Buffer.concat([decipher.update(stored.subarray(29)), decipher.final()]);
  }

  /**
   * The audit log's keyed hash (hex): of the person concerned (so the log can be searched by person without
   * holding who they are) and of each row with the previous row's hash (the chain). Its own key: the hashes
   * of the log cannot be matched against the blind indexes of the business tables.
   */
  auditHash(payload: string): string {
    return createHmac('sha256', this.auditKey).update(payload).digest('hex');
  }

  /** Deterministic keyed hash of a normalised value: equal plaintexts give equal indexes, nothing else leaks. */
  blindIndex(purpose: BlindIndexPurpose, normalizedValue: string): string {
    return createHmac('sha256', this.indexKey).update(`${purpose}\u0000${normalizedValue}`).digest('hex');
  }

  /** A compact signature for tokens handed to clients (e-tickets). */
  sign(payload: string): string {
    return createHmac('sha256', this.signingKey).update(payload).digest('base64url').slice(0, 22);
  }

  verify(payload: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
}
