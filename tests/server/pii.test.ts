// Personal data at rest: the vault's encryption and blind indexes, and what reaches the database and the API.
//
// The at-rest check books through the API and reads the rows the server wrote; the account's phone (which no
// mutation writes yet) is written through the server's vault only to check how it is shown.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { maskDocumentNumber, maskName, maskPhone } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { PersonalDataVault } from '../../server/src/platform/pii/vault';
import { bookOk, createBookableExhibition, residentId, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { ViewerPhoneDocument } from '../testkit/generated/graphql';
import { createStaff, signInCitizen } from '../testkit/seed';
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

  it('are keyed: not a plain or unkeyed hash of the value, and different under another master key', () => {
    const vault = newVault();
    const value = '13812345678';
    const index = vault.blindIndex('phone', value);
    expect(index).not.toContain(value);
    // What a vault that forgot its key would store, with and without the purpose prefix.
    for (const input of [value, `phone\u0000${value}`]) {
      expect(index).not.toBe(createHash('sha256').update(input).digest('hex'));
      expect(index).not.toBe(createHmac('sha256', Buffer.alloc(0)).update(input).digest('hex'));
      expect(index).not.toBe(createHmac('sha256', Buffer.alloc(32)).update(input).digest('hex'));
    }
    const otherMasterKey = randomBytes(32);
    expect(new PersonalDataVault(otherMasterKey).blindIndex('phone', value)).not.toBe(index);
    expect(new PersonalDataVault(otherMasterKey).blindIndex('phone', value)).toBe(
      new PersonalDataVault(otherMasterKey).blindIndex('phone', value),
    );
  });

  it('use a key other than the ticket signatures’', () => {
    const vault = newVault();
    // A signature is the HMAC of its payload, base64url, cut to 22 characters; a blind index is the HMAC of
    // `purpose NUL value`, hex. Signing that same input and re-encoding the index the signature's way compares
    // two HMACs of one message: they agree exactly when the two keys are the same.
    for (const [purpose, value] of [
      ['phone', '13812345678'],
      ['document', 'RESIDENT_ID:11010519491231002X'],
      ['openid', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M'],
    ] as const) {
      const indexAsSignature = Buffer.from(vault.blindIndex(purpose, value), 'hex').toString('base64url').slice(0, 22);
      const signature = vault.sign(`${purpose}\u0000${value}`);
      expect(signature).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(indexAsSignature).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(signature).not.toBe(indexAsSignature);
    }
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

  it('stores the names, documents and phone of a booking made through the API as ciphertexts only', async () => {
    const staff = await createStaff(server(), 'ADMIN');
    const citizen = await signInCitizen(server());
    const exhibition = await createBookableExhibition(server(), staff);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const sent = [
      { name: '欧阳娜娜', documentType: 'RESIDENT_ID' as const, documentNumber: residentId() },
      { name: '张三', documentType: 'RESIDENT_ID' as const, documentNumber: residentId() },
    ];
    const phone = `139${String(Date.now()).slice(-8)}`;
    const booking = await bookOk(server(), citizen, slot.id, { visitors: sent, phone });
    // The API shows them masked, so what follows can only be read from the database.
    expect(booking.phone).toBe(maskPhone(phone));
    expect(booking.visitors.map((v) => [v.name, v.documentNumber])).toEqual(
      sent.map((v) => [maskName(v.name), maskDocumentNumber(v.documentNumber)]),
    );

    const vault = server().app.services.vault;
    const row = await server()
      .db.selectFrom('booking')
      .selectAll()
      .where('id', '=', Number(booking.id))
      .executeTakeFirstOrThrow();
    const visitorRows = await server()
      .db.selectFrom('booking_visitor')
      .selectAll()
      .where('booking_id', '=', Number(booking.id))
      .orderBy('id')
      .execute();
    expect(visitorRows).toHaveLength(sent.length);

    // The v1 format, and a body that is not merely the plaintext encoded.
    const expectCiphertextOf = (stored: string | null, plaintext: string) => {
      expect(stored).toMatch(/^v1:[A-Za-z0-9+/=]+$/);
      const body = Buffer.from((stored as string).slice(3), 'base64');
      expect(body.toString('utf8')).not.toContain(plaintext);
      expect(body.toString('latin1')).not.toContain(plaintext);
      expect(vault.decrypt(stored as string)).toBe(plaintext);
    };
    expectCiphertextOf(row.holder_phone_cipher, phone);
    visitorRows.forEach((stored, i) => {
      expectCiphertextOf(stored.name_cipher, sent[i].name);
      expectCiphertextOf(stored.document_cipher, sent[i].documentNumber);
      expect(stored.document_index).toBe(vault.blindIndex('document', `RESIDENT_ID:${sent[i].documentNumber}`));
    });
    // No column of either table holds a plaintext, nor a recognisable part of one (a surname, the birth date).
    const everything = JSON.stringify([row, visitorRows]);
    for (const plaintext of [
      phone,
      ...sent.flatMap((v) => [v.name, v.documentNumber, v.documentNumber.slice(6, 14)]),
    ]) {
      expect(everything).not.toContain(plaintext);
    }
    expect(everything).not.toContain('欧阳');
  });

  it('shows an account’s stored phone to its owner masked', async () => {
    const citizen = await signInCitizen(server());
    const phone = `139${String(Date.now()).slice(-8)}`;
    // No mutation stores an account's phone yet; written as that code will, through the server's own vault.
    await server()
      .db.updateTable('account')
      .set({ phone_cipher: server().app.services.vault.encrypt(phone) })
      .where('id', '=', citizen.accountId)
      .execute();

    const result = await server().execute(ViewerPhoneDocument, {}, citizen.token);
    expect(result.data?.viewer).toEqual({ id: String(citizen.accountId), phone: maskPhone(phone) });
    expect(JSON.stringify(result)).not.toContain(phone);
  });
});
