// Signatures anyone can check offline: certificates carry an Ed25519 signature of their serial in their QR code,
// made with the private key from the configuration and checked with its public key. Unlike the e-ticket's HMAC
// (a shared secret), the public key can be published, so a verifier never needs to hold a secret.
import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

/** The fixed PKCS#8 DER header of an Ed25519 private key; the 32-byte seed follows it (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Binds a signature to its use, so a signature made for anything else never passes as a certificate's. */
const CONTEXT = 'zz-lookup-certificate/v1:';

export class CertificateSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;

  constructor(seed: Buffer) {
    if (seed.length !== 32) throw new Error('the certificate signing key must be 32 bytes');
    this.privateKey = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
      format: 'der',
      type: 'pkcs8',
    });
    this.publicKey = createPublicKey(this.privateKey);
  }

  /** The signature of a certificate serial, base64url (86 characters). */
  sign(serial: string): string {
    return sign(null, Buffer.from(CONTEXT + serial, 'utf8'), this.privateKey).toString('base64url');
  }

  verify(serial: string, signature: string): boolean {
    if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
    const bytes = Buffer.from(signature, 'base64url');
    // The last character carries 4 unused bits: only the canonical spelling of a signature is accepted, so an
    // edited code never passes because the edit fell on bits the decoder drops.
    if (bytes.toString('base64url') !== signature) return false;
    return verify(null, Buffer.from(CONTEXT + serial, 'utf8'), this.publicKey, bytes);
  }

  /** The public key as PEM, for anyone who wants to check certificates without this server. */
  publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }
}
