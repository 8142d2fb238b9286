// Staff administration through GraphQL on a real server: who may create and change which accounts, one-time
// passwords that must be changed before anything else works, disabled accounts whose sessions end at once, and
// the audit rows every step leaves.
import { beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../testkit/dialects';
import {
  ChangeMyPasswordDocument,
  CreateStaffAccountDocument,
  DisableStaffAccountDocument,
  EnableStaffAccountDocument,
  ResetStaffPasswordDocument,
  SignInStaffDocument,
  StaffAccountDocument,
  StaffAccountsDocument,
  StaffExhibitionIdsDocument,
  UpdateStaffAccountDocument,
  ViewerMustChangeDocument,
} from '../testkit/generated/graphql';
import { call, outcome, resultAs, successData } from '../testkit/graphql';
import { branchId } from '../testkit/lookup';
import { createStaff, unique } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

const newUsername = (prefix: string) => unique(prefix).replace(/-/g, '_');

function auditRows(server: TestServer, targetId: string | number) {
  return server.db
    .selectFrom('audit_log')
    .selectAll()
    .where('target_kind', '=', 'ACCOUNT')
    .where('target_id', '=', String(targetId))
    .orderBy('seq')
    .execute();
}

async function signIn(server: TestServer, username: string, password: string) {
  return (await server.execute(SignInStaffDocument, { username, password })).data!.signInStaff;
}

describe.each(dialects)('staff administration (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    // The clock moves on a minute per test instead: every sign-in counts against the address's per-minute limit.
    { dialect, resetClock: false },
    {
      cityAdmin: ['ADMIN'],
      zhangpuAdmin: ['BRANCH_ADMIN', { branchCode: 'zhangpu' }],
      xiangchengAdmin: ['BRANCH_ADMIN', { branchCode: 'xiangcheng' }],
      zhangpuStaff: ['BRANCH_STAFF', { branchCode: 'zhangpu' }],
      zhangpuChecker: ['CHECKER', { branchCode: 'zhangpu' }],
    },
  );

  beforeEach(() => server().clock.advance(61_000));

  async function create(
    token: string,
    input: { role: 'ADMIN' | 'BRANCH_ADMIN' | 'BRANCH_STAFF' | 'CHECKER'; branchCode: string; username?: string },
  ) {
    return call(
      server(),
      CreateStaffAccountDocument,
      {
        input: {
          username: input.username ?? newUsername('new'),
          displayName: '新同事',
          role: input.role,
          branchId: await branchId(server(), input.branchCode),
        },
      },
      token,
    );
  }

  it('lets an archive administrator create a checker, who must replace the one-time password before anything else', async () => {
    const username = newUsername('checker');
    const created = successData(
      await create(staff.zhangpuAdmin.token, { role: 'CHECKER', branchCode: 'zhangpu', username }),
    );
    expect(created.account).toMatchObject({
      username,
      role: 'CHECKER',
      branch: { code: 'zhangpu' },
      disabled: false,
      mustChangePassword: true,
    });
    expect(created.oneTimePassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    // Only a hash is kept.
    const row = await server()
      .db.selectFrom('account')
      .selectAll()
      .where('id', '=', Number(created.account.id))
      .executeTakeFirstOrThrow();
    expect(row.password_hash).not.toContain(created.oneTimePassword);

    const signedIn = successData(await signIn(server(), username, created.oneTimePassword));
    expect(signedIn.account.mustChangePassword).toBe(true);
    const token = signedIn.token;

    // Nothing of staff's works yet: a typed code the client turns into the 修改密码 page.
    const refused = await server().execute(StaffExhibitionIdsDocument, {}, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await server().execute(ViewerMustChangeDocument, {}, token)).data!.viewer).toMatchObject({
      mustChangePassword: true,
    });

    const wrongCurrent = await call(
      server(),
      ChangeMyPasswordDocument,
      { currentPassword: 'not-the-one-1', newPassword: 'my-own-door-pass-1' },
      token,
    );
    expect(resultAs(wrongCurrent, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual(['currentPassword']);
    const tooWeak = await call(
      server(),
      ChangeMyPasswordDocument,
      { currentPassword: created.oneTimePassword, newPassword: '12345678901' },
      token,
    );
    expect(resultAs(tooWeak, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual(['newPassword']);

    const newPassword = 'my-own-door-pass-1';
    const changed = successData(
      await call(server(), ChangeMyPasswordDocument, { currentPassword: created.oneTimePassword, newPassword }, token),
    );
    expect(changed.mustChangePassword).toBe(false);
    const allowed = await server().execute(StaffExhibitionIdsDocument, {}, token);
    expect(allowed.errors).toBeUndefined();
    expect(Array.isArray(allowed.data!.staffExhibitions)).toBe(true);

    expect((await signIn(server(), username, created.oneTimePassword)).__typename).toBe('InvalidCredentialsError');
    expect(successData(await signIn(server(), username, newPassword)).account.mustChangePassword).toBe(false);

    const rows = await auditRows(server(), created.account.id);
    expect(rows.map((r) => [r.action, r.result])).toEqual([
      ['STAFF_CREATED', 'OK'],
      ['SIGN_IN', 'OK'],
      ['PASSWORD_CHANGED', 'OK'],
      ['SIGN_IN_FAILED', 'DENIED'],
      ['SIGN_IN', 'OK'],
    ]);
    expect(rows[0]).toMatchObject({
      actor_account_id: staff.zhangpuAdmin.accountId,
      actor_role: 'BRANCH_ADMIN',
    });
    // No password, one-time or chosen, in any column of any row.
    for (const r of rows) {
      expect(JSON.stringify(r)).not.toContain(created.oneTimePassword);
      expect(JSON.stringify(r)).not.toContain(newPassword);
    }
  });

  it('refuses a taken username through the unique index, whatever its case', async () => {
    const username = newUsername('dup');
    successData(await create(staff.cityAdmin.token, { role: 'BRANCH_STAFF', branchCode: 'city', username }));
    const again = await create(staff.cityAdmin.token, {
      role: 'BRANCH_STAFF',
      branchCode: 'city',
      username: username.toUpperCase(),
    });
    expect(resultAs(again, 'UsernameTakenError').username).toBe(username);
    const count = await server()
      .db.selectFrom('account')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('answers bad input with a message per field and creates nothing', async () => {
    const before = await server().db.selectFrom('account').select('id').where('kind', '=', 'STAFF').execute();
    const result = await call(
      server(),
      CreateStaffAccountDocument,
      { input: { username: 'x!', displayName: '  ', role: 'CHECKER', branchId: 'zz' } },
      staff.cityAdmin.token,
    );
    expect(
      resultAs(result, 'InputValidationError')
        .fieldErrors.map((e) => e.path)
        .sort(),
    ).toEqual(['displayName', 'username']);
    const after = await server().db.selectFrom('account').select('id').where('kind', '=', 'STAFF').execute();
    expect(after).toHaveLength(before.length);
  });

  it('keeps an archive administrator to archive staff and checkers of their own archive', async () => {
    const zhangpu = await branchId(server(), 'zhangpu');
    const xiangcheng = await branchId(server(), 'xiangcheng');
    const otherZhangpuAdmin = await createStaff(server(), 'BRANCH_ADMIN', { branchCode: 'zhangpu' });
    const admin = staff.zhangpuAdmin.token;

    // Roles above theirs, and another archive, are refused beside the field.
    for (const [role, branchCode, path] of [
      ['BRANCH_ADMIN', 'zhangpu', 'role'],
      ['ADMIN', 'zhangpu', 'role'],
      ['BRANCH_STAFF', 'xiangcheng', 'branchId'],
    ] as const) {
      const result = await create(admin, { role, branchCode });
      expect(
        resultAs(result, 'InputValidationError').fieldErrors.map((e) => e.path),
        `${role}@${branchCode}`,
      ).toEqual([path]);
    }
    // Another archive administrator of their archive: FORBIDDEN. Staff of another archive, or the city's: not found.
    const targets = [
      [otherZhangpuAdmin.accountId, 'NotAuthorizedError:FORBIDDEN'],
      [staff.xiangchengAdmin.accountId, 'NotFoundError'],
      [staff.cityAdmin.accountId, 'NotFoundError'],
    ] as const;
    for (const [id, expected] of targets) {
      const input = { displayName: '改名', role: 'CHECKER' as const, branchId: zhangpu };
      expect(outcome(await server().execute(UpdateStaffAccountDocument, { id: String(id), input }, admin))).toBe(
        expected,
      );
      expect(outcome(await server().execute(DisableStaffAccountDocument, { id: String(id) }, admin))).toBe(expected);
      expect(outcome(await server().execute(ResetStaffPasswordDocument, { id: String(id) }, admin))).toBe(expected);
    }
    // Moving their own checker to another archive is refused; the checker stays.
    const moved = await call(
      server(),
      UpdateStaffAccountDocument,
      {
        id: String(staff.zhangpuChecker.accountId),
        input: { displayName: '检票员', role: 'CHECKER', branchId: xiangcheng },
      },
      admin,
    );
    expect(resultAs(moved, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual(['branchId']);

    // Another archive's administrator sees none of zhangpu's staff, in the list or one by one.
    const list = await call(server(), StaffAccountsDocument, { branchId: zhangpu }, staff.xiangchengAdmin.token);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((a) => a.branch?.code === 'xiangcheng')).toBe(true);
    const one = await call(
      server(),
      StaffAccountDocument,
      { id: String(staff.zhangpuChecker.accountId) },
      staff.xiangchengAdmin.token,
    );
    expect(one).toBeNull();
    // Their own archive's list has their staff and checker.
    const own = await call(server(), StaffAccountsDocument, {}, admin);
    expect(own.map((a) => Number(a.id))).toEqual(
      expect.arrayContaining([staff.zhangpuStaff.accountId, staff.zhangpuChecker.accountId]),
    );
    expect(own.every((a) => a.branch?.code === 'zhangpu')).toBe(true);
  });

  it('refuses staff administration to archive staff and checkers', async () => {
    for (const member of [staff.zhangpuStaff, staff.zhangpuChecker]) {
      const list = await server().execute(StaffAccountsDocument, {}, member.token);
      expect(outcome(list), member.role).toBe('error:FORBIDDEN');
      const created = await server().execute(
        CreateStaffAccountDocument,
        {
          input: {
            username: newUsername('x'),
            displayName: '某人',
            role: 'CHECKER',
            branchId: await branchId(server(), member.branchCode),
          },
        },
        member.token,
      );
      expect(outcome(created), member.role).toBe('NotAuthorizedError:FORBIDDEN');
    }
  });

  it('lets the city administrator give any role in any archive, recording the change of role', async () => {
    const created = successData(await create(staff.cityAdmin.token, { role: 'BRANCH_STAFF', branchCode: 'zhangpu' }));
    const xiangcheng = await branchId(server(), 'xiangcheng');
    const updated = successData(
      await call(
        server(),
        UpdateStaffAccountDocument,
        { id: created.account.id, input: { displayName: '新馆长', role: 'BRANCH_ADMIN', branchId: xiangcheng } },
        staff.cityAdmin.token,
      ),
    );
    expect(updated).toMatchObject({ role: 'BRANCH_ADMIN', branch: { code: 'xiangcheng' }, displayName: '新馆长' });
    const rows = await auditRows(server(), created.account.id);
    expect(rows.map((r) => r.action)).toEqual(['STAFF_CREATED', 'STAFF_ROLE_CHANGED', 'STAFF_UPDATED']);
    expect(JSON.parse(rows[1].detail ?? '{}')).toMatchObject({ fromRole: 'BRANCH_STAFF', toRole: 'BRANCH_ADMIN' });
    expect(successData(await create(staff.cityAdmin.token, { role: 'ADMIN', branchCode: 'city' })).account.role).toBe(
      'ADMIN',
    );
  });

  it('lets nobody change their own role or archive, disable themselves or reset their own password', async () => {
    for (const me of [staff.cityAdmin, staff.zhangpuAdmin]) {
      const id = String(me.accountId);
      const ownBranch = await branchId(server(), me.branchCode);
      const demote = await server().execute(
        UpdateStaffAccountDocument,
        { id, input: { displayName: me.displayName, role: 'CHECKER', branchId: ownBranch } },
        me.token,
      );
      expect(resultAs(demote.data!.updateStaffAccount, 'OwnAccountError').action).toBe('CHANGE_ROLE');
      const disable = await server().execute(DisableStaffAccountDocument, { id }, me.token);
      expect(resultAs(disable.data!.disableStaffAccount, 'OwnAccountError').action).toBe('DISABLE');
      const reset = await server().execute(ResetStaffPasswordDocument, { id }, me.token);
      expect(resultAs(reset.data!.resetStaffPassword, 'OwnAccountError').action).toBe('RESET_PASSWORD');
      // Their own display name is theirs to change.
      const renamed = await call(
        server(),
        UpdateStaffAccountDocument,
        { id, input: { displayName: me.displayName, role: me.role, branchId: ownBranch } },
        me.token,
      );
      expect(renamed.__typename).toBe('MutationUpdateStaffAccountSuccess');
    }
  });

  it('ends a disabled account’s sessions at its next request, and lets it in again once enabled', async () => {
    const member = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    expect((await server().execute(StaffExhibitionIdsDocument, {}, member.token)).errors).toBeUndefined();

    const disabled = successData(
      await call(server(), DisableStaffAccountDocument, { id: String(member.accountId) }, staff.zhangpuAdmin.token),
    );
    expect(disabled.disabled).toBe(true);
    // The very next request: anonymous.
    expect((await server().execute(ViewerMustChangeDocument, {}, member.token)).data!.viewer).toBeNull();
    expect(outcome(await server().execute(StaffExhibitionIdsDocument, {}, member.token))).toBe('error:UNAUTHENTICATED');
    const sessions = await server()
      .db.selectFrom('session')
      .select('revoked_at')
      .where('account_id', '=', member.accountId)
      .execute();
    expect(sessions.every((s) => s.revoked_at !== null)).toBe(true);
    expect((await signIn(server(), member.username, member.password)).__typename).toBe('InvalidCredentialsError');

    // Disabling twice records it once.
    await call(server(), DisableStaffAccountDocument, { id: String(member.accountId) }, staff.zhangpuAdmin.token);
    successData(
      await call(server(), EnableStaffAccountDocument, { id: String(member.accountId) }, staff.zhangpuAdmin.token),
    );
    expect((await signIn(server(), member.username, member.password)).__typename).toBe('MutationSignInStaffSuccess');
    const actions = (await auditRows(server(), member.accountId)).map((r) => r.action);
    expect(actions.filter((a) => a === 'STAFF_DISABLED')).toHaveLength(1);
    expect(actions.filter((a) => a === 'STAFF_ENABLED')).toHaveLength(1);
  });

  it('resets a password to a one-time one: the old one stops working and sessions end', async () => {
    const member = await createStaff(server(), 'CHECKER', { branchCode: 'zhangpu' });
    const reset = successData(
      await call(server(), ResetStaffPasswordDocument, { id: String(member.accountId) }, staff.zhangpuAdmin.token),
    );
    expect(reset.account.mustChangePassword).toBe(true);
    expect((await server().execute(ViewerMustChangeDocument, {}, member.token)).data!.viewer).toBeNull();
    expect((await signIn(server(), member.username, member.password)).__typename).toBe('InvalidCredentialsError');
    const again = successData(await signIn(server(), member.username, reset.oneTimePassword));
    expect(again.account.mustChangePassword).toBe(true);
    const actions = (await auditRows(server(), member.accountId)).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['STAFF_PASSWORD_RESET', 'SIGN_IN_FAILED', 'SIGN_IN']));
  });

  it('records a failed sign-in against the account tried, and never the username of one that does not exist', async () => {
    const ghost = newUsername('ghost');
    const before = await server().db.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').limit(1).execute();
    const fromSeq = Number(before[0]?.seq ?? 0);
    expect((await signIn(server(), ghost, 'some-password-1')).__typename).toBe('InvalidCredentialsError');
    const rows = await server().db.selectFrom('audit_log').selectAll().where('seq', '>', fromSeq).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'SIGN_IN_FAILED', result: 'DENIED', target_id: null });
    expect(JSON.stringify(rows[0])).not.toContain(ghost);
    expect(JSON.stringify(rows[0])).not.toContain('some-password-1');
  });
});
