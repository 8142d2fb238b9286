// Certificates anyone can verify: the QR code is a URL carrying the serial and its Ed25519 signature. A genuine
// one verifies (through GraphQL and on the public page); an edited serial, an edited signature, a signature made
// with another key and a revoked certificate do not, and the page never shows the record's content.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CertificateSigner } from '../../server/src/platform/signing/certificate-signer';
import { outboxOf, resultAs, successData } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  LookupRequestForStaffDocument,
  RevokeLookupCertificateDocument,
  VerifyCertificateDocument,
} from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { lookupInput, lookupRequest, moveLookupOk, submitLookup } from '../testkit/lookup';
import { signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const ARCHIVE_REFERENCE = 'LH-0031-1982-017';

describe.each(dialects)('lookup certificates (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      xiangcheng: ['BRANCH_STAFF', { branchCode: 'xiangcheng' }],
      longhai: ['BRANCH_STAFF', { branchCode: 'longhai' }],
    },
  );

  /** A request received by 芗城, held by 龙海, found and certified; its certificate as the citizen sees it. */
  async function certify(subjectName = '林海') {
    const citizen = await signInCitizen(server());
    const input = await lookupInput(server(), { receiving: 'xiangcheng', use: 'CERTIFY', delivery: 'ELECTRONIC' });
    const filed = successData(
      await submitLookup(server(), citizen, { ...input, applicant: { ...input.applicant, name: subjectName } }),
    );
    await moveLookupOk(server(), staff.xiangcheng, filed.id, 'ACCEPT');
    await moveLookupOk(server(), staff.xiangcheng, filed.id, 'FORWARD', { holding: 'longhai' });
    await moveLookupOk(server(), staff.longhai, filed.id, 'START_SEARCH');
    await moveLookupOk(server(), staff.longhai, filed.id, 'RECORD_FOUND', { archiveReference: ARCHIVE_REFERENCE });
    await moveLookupOk(server(), staff.longhai, filed.id, 'ISSUE_CERTIFICATE');
    const seen = await lookupRequest(server(), citizen.token, filed.id);
    if (!seen?.certificate) throw new Error('no certificate');
    return { citizen, request: seen, certificate: seen.certificate };
  }

  const codeOf = (url: string) => url.slice(url.indexOf('/verify/') + '/verify/'.length);
  const verify = (code: string) => call(server(), VerifyCertificateDocument, { code });
  const page = async (code: string) => {
    const response = await fetch(`${server().url}/verify/${code}`);
    return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
  };
  const invalid = {
    verdict: 'INVALID',
    serial: null,
    issuerName: null,
    issuedOn: null,
    recordType: null,
    subjectName: null,
    revokedAt: null,
  };

  it('gives a certified request a serial of the issuing archive’s year and a QR URL that verifies as genuine', async () => {
    const { citizen, request, certificate } = await certify();
    expect(certificate).toMatchObject({
      serial: 'ZZDA-LH-ZM-2026-00001',
      outcome: 'FOUND',
      archiveReference: ARCHIVE_REFERENCE,
      issuingBranch: { code: 'longhai' },
      issuedOn: '2026-11-24',
      revokedAt: null,
    });
    expect(certificate.verificationUrl).toMatch(
      new RegExp(`^${server().config.publicBaseUrl}/verify/ZZDA-LH-ZM-2026-00001\\.[A-Za-z0-9_-]{86}$`),
    );
    const genuine = {
      verdict: 'GENUINE',
      serial: 'ZZDA-LH-ZM-2026-00001',
      issuerName: '龙海区档案馆',
      issuedOn: '2026-11-24',
      recordType: 'EMPLOYMENT',
      subjectName: '林*',
      revokedAt: null,
    };
    expect(await verify(codeOf(certificate.verificationUrl))).toEqual(genuine);
    // A scanner may hand over the whole URL.
    expect(await verify(certificate.verificationUrl)).toEqual(genuine);
    expect(request.status).toBe('CERTIFIED');
    expect((await outboxOf(server(), [citizen.accountId])).map((m) => m.kind)).toEqual([
      'LOOKUP_ACCEPTED',
      'LOOKUP_FORWARDED',
      'LOOKUP_FOUND',
      'LOOKUP_CERTIFICATE_ISSUED',
    ]);
    const shown = await page(codeOf(certificate.verificationUrl));
    expect(shown.status).toBe(200);
    expect(shown.type).toBe('text/html; charset=utf-8');
    expect(shown.html).toContain('data-verdict="GENUINE">真实有效</p>');
    expect(shown.html).toContain('<tr><th>出具单位</th><td>龙海区档案馆</td></tr>');
    expect(shown.html).toContain('<tr><th>出具日期</th><td>2026-11-24</td></tr>');
    expect(shown.html).toContain('<tr><th>档案类型</th><td>招工/调动/工龄</td></tr>');
    expect(shown.html).toContain('<tr><th>当事人</th><td>林*</td></tr>');
    // Never the content: not the 档号, not the name in full.
    expect(shown.html).not.toContain(ARCHIVE_REFERENCE);
    expect(shown.html).not.toContain('林海');
  });

  it('numbers the next certificate of the same archive and year on', async () => {
    const { certificate } = await certify('陈静');
    expect(certificate.serial).toBe('ZZDA-LH-ZM-2026-00002');
  });

  it('does not verify an edited serial, an edited signature, or a signature made with another key', async () => {
    const { certificate } = await certify('王芳');
    const code = codeOf(certificate.verificationUrl);
    const [serial, signature] = code.split('.');
    // Another real serial of the same archive: the signature does not match it.
    const otherSerial = serial.replace(/\d{5}$/, (n) => String(Number(n) - 1).padStart(5, '0'));
    const flipped = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const forged = new CertificateSigner(randomBytes(32)).sign(serial);
    const edited = {
      serial: `${otherSerial}.${signature}`,
      signatureStart: `${serial}.${flipped(signature, 0)}`,
      // The last character carries bits the decoder drops: a non-canonical spelling is refused too.
      signatureEnd: `${serial}.${flipped(signature, signature.length - 1)}`,
      otherKey: `${serial}.${forged}`,
      truncated: `${serial}.${signature.slice(0, 40)}`,
      noSignature: serial,
    };
    for (const [name, value] of Object.entries(edited)) {
      expect(await verify(value), name).toEqual(invalid);
      const shown = await page(encodeURIComponent(value));
      expect(shown.html, name).toContain('data-verdict="INVALID">无法验证</p>');
      expect(shown.html, name).not.toContain('龙海区档案馆');
    }
    expect(await verify('https://example.com/verify/abc')).toEqual(invalid);
  });

  it('lets staff of the issuing archive revoke a certificate, after which it verifies as revoked', async () => {
    const { request, certificate } = await certify('黄明');
    // The receiving archive did not issue it.
    expect(
      resultAs(
        await call(
          server(),
          RevokeLookupCertificateDocument,
          { requestId: request.id, reason: '出证有误' },
          staff.xiangcheng.token,
        ),
        'NotAuthorizedError',
      ).reason,
    ).toBe('FORBIDDEN');
    server().clock.advance(60_000);
    const revokedAt = new Date(server().clock.now()).toISOString();
    const revoked = successData(
      await call(
        server(),
        RevokeLookupCertificateDocument,
        { requestId: request.id, reason: '出证有误' },
        staff.longhai.token,
      ),
    );
    expect(revoked.certificate).toMatchObject({ serial: certificate.serial, revokedAt });
    expect(
      resultAs(
        await call(
          server(),
          RevokeLookupCertificateDocument,
          { requestId: request.id, reason: '再次撤销' },
          staff.longhai.token,
        ),
        'LookupCertificateNotAvailableError',
      ).certificateReason,
    ).toBe('REVOKED');
    expect(await verify(codeOf(certificate.verificationUrl))).toEqual({
      verdict: 'REVOKED',
      serial: certificate.serial,
      issuerName: '龙海区档案馆',
      issuedOn: '2026-11-24',
      recordType: 'EMPLOYMENT',
      subjectName: '黄*',
      revokedAt,
    });
    const shown = await page(codeOf(certificate.verificationUrl));
    expect(shown.html).toContain('data-verdict="REVOKED">已撤销</p>');
    expect(shown.html).not.toContain('出证有误');
    const staffView = await call(server(), LookupRequestForStaffDocument, { id: request.id }, staff.longhai.token);
    expect(staffView?.certificate?.revokeReason).toBe('出证有误');
    const timeline = (await lookupRequest(server(), staff.longhai.token, request.id))?.timeline ?? [];
    expect(timeline.at(-1)).toMatchObject({
      kind: 'REVOKE_CERTIFICATE',
      branch: { code: 'longhai' },
      note: '出证有误',
    });
    server().clock.advance(-60_000);
  });

  it('refuses to revoke what was never issued', async () => {
    const citizen = await signInCitizen(server());
    const filed = successData(
      await submitLookup(server(), citizen, await lookupInput(server(), { receiving: 'longhai' })),
    );
    expect(
      resultAs(
        await call(
          server(),
          RevokeLookupCertificateDocument,
          { requestId: filed.id, reason: '误操作' },
          staff.longhai.token,
        ),
        'LookupCertificateNotAvailableError',
      ).certificateReason,
    ).toBe('NONE');
  });

  it('certifies that nothing is recorded, too', async () => {
    const citizen = await signInCitizen(server());
    const filed = successData(
      await submitLookup(server(), citizen, await lookupInput(server(), { receiving: 'longhai' })),
    );
    await moveLookupOk(server(), staff.longhai, filed.id, 'ACCEPT');
    await moveLookupOk(server(), staff.longhai, filed.id, 'START_SEARCH');
    await moveLookupOk(server(), staff.longhai, filed.id, 'RECORD_NOT_FOUND');
    const certified = await moveLookupOk(server(), staff.longhai, filed.id, 'ISSUE_CERTIFICATE');
    expect(certified.certificate).toMatchObject({ outcome: 'NOT_FOUND', archiveReference: null });
    expect((await verify(codeOf(certified.certificate?.verificationUrl ?? ''))).verdict).toBe('GENUINE');
  });

  it('publishes the public key the signatures are checked with', async () => {
    const response = await fetch(`${server().url}/verify/public-key.pem`);
    expect(await response.text()).toBe(server().app.services.certificateSigner.publicKeyPem());
    expect(server().app.services.certificateSigner.publicKeyPem()).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });
});
