// Personal data at rest: the vault's encryption and blind indexes, and what reaches the database and the API.
//
// No foundation mutation stores personal data yet (the phone column is written by the booking work), so the
// at-rest check here writes the ciphertext the way that code will and reads it back through the API; the
// booking suite owns the end-to-end at-rest checks for ID numbers, names and phones.
import { randomBytes } from 'node:crypto';
import { maskPhone } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { PersonalDataVault } from '../../server/src/platform/pii/vault';
import { dialects } from '../testkit/dialects';
import { ViewerPhoneDocument } from '../testkit/generated/graphql';
import { signInCitizen } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';

const newVault = () => new PersonalDataVault(randomBytes(32));

describe('PersonalDataVault encryption', () => {
  it('round-trips text, including Chinese and the empty string', () => {
    const vault = newVault();
    for (const plaintext of ['11010519491231002X', '13812345678', '欧阳娜娜', '']) {
      expect(vault.decrypt(vault.encrypt(plaintext))).toBe(plaintext);
    }
  });

  it('never produces the same ciphertext twice and never contains the plaintext', () => {
    const vault = newVault();
    const a = vault.encrypt('13812345678');
    const b = vault.encrypt('13812345678');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/=]+$/);
    expect(a).not.toContain('13812345678');
    expect(Buffer.from(a.slice(3), 'base64').toString('latin1')).not.toContain('13812345678');
  });

  it('detects tampering with any part of the ciphertext', () => {
    const vault = newVault();
    const stored = vault.encrypt('11010519491231002X');
    const raw = Buffer.from(stored.slice(3), 'base64');
    // IV (0–11), authentication tag (12–27) and body (28…): a flipped bit anywhere must fail.
    for (const index of [0, 11, 12, 27, 28, raw.length - 1]) {
      const tampered = Buffer.from(raw);
      tampered[index] ^= 0x01;
      expect(() => vault.decrypt(`v1:${tampered.toString('base64')}`), `byte ${index}`).toThrow();
    }
    expect(() => vault.decrypt(`v1:${raw.subarray(0, raw.length - 1).toString('base64')}`)).toThrow();
  });

  it('refuses other keys, unknown formats and keys of the wrong length', () => {
    const stored = newVault().encrypt('13812345678');
    expect(() => newVault().decrypt(stored)).toThrow();
    expect(() => newVault().decrypt(stored.replace(/^v1:/, 'v2:'))).toThrow(/Unknown personal-data ciphertext format/);
    expect(() => newVault().decrypt('13812345678')).toThrow(/Unknown personal-data ciphertext format/);
    expect(() => new PersonalDataVault(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('PersonalDataVault blind indexes', () => {
  it('are deterministic for one key', () => {
    const key = randomBytes(32);
    const a = new PersonalDataVault(key).blindIndex('document', '11010519491231002X');
    const b = new PersonalDataVault(key).blindIndex('document', '11010519491231002X');
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('separate purposes, values and keys', () => {
    const vault = newVault();
    const value = '13812345678';
    expect(vault.blindIndex('phone', value)).not.toBe(vault.blindIndex('document', value));
    expect(vault.blindIndex('phone', value)).not.toBe(vault.blindIndex('openid', value));
    expect(vault.blindIndex('phone', value)).not.toBe(vault.blindIndex('phone', '13812345679'));
    expect(newVault().blindIndex('phone', value)).not.toBe(vault.blindIndex('phone', value));
  });

  it('are not a plain hash of the value, and the signing key is not the index key', () => {
    const vault = newVault();
    const index = vault.blindIndex('phone', '13812345678');
    expect(index).not.toContain('13812345678');
    expect(vault.sign('phone\u000013812345678')).not.toBe(index.slice(0, 22));
  });
});

describe('PersonalDataVault ticket signatures', () => {
  it('verify their own payload only', () => {
    const vault = newVault();
    const signature = vault.sign('booking:42');
    expect(signature).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(vault.verify('booking:42', signature)).toBe(true);
    expect(vault.verify('booking:43', signature)).toBe(false);
    expect(vault.verify('booking:42', `${signature.slice(0, -1)}A`)).toBe(signature.endsWith('A'));
    expect(vault.verify('booking:42', '')).toBe(false);
    expect(newVault().verify('booking:42', signature)).toBe(false);
  });
});

describe.each(dialects)('personal data at rest (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('keeps the phone encrypted in the row and shows it masked to its owner', async () => {
    const citizen = await signInCitizen(server());
    const phone = `139${String(Date.now()).slice(-8)}`;
    // Written as the booking code will: through the server's own vault, into the account row.
    await server()
      .db.updateTable('account')
      .set({ phone_cipher: server().app.services.vault.encrypt(phone) })
      .where('id', '=', citizen.accountId)
      .execute();

    const row = await server()
      .db.selectFrom('account')
      .selectAll()
      .where('id', '=', citizen.accountId)
      .executeTakeFirst();
    expect(JSON.stringify(row)).not.toContain(phone);

    const result = await server().execute(ViewerPhoneDocument, {}, citizen.token);
    expect(result.data?.viewer).toEqual({ id: String(citizen.accountId), phone: maskPhone(phone) });
    expect(JSON.stringify(result)).not.toContain(phone);
  });
});
