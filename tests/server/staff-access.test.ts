// Each role's refusals, over every staff root field of the schema: the table is read from the scopes each field
// declares (scope-auth), and every field is then called over HTTP as each role it leaves out, which must be refused.
// A pinned list says what a checker reaches (the door), so a field opened to checkers by mistake fails here; an
// archive administrator reaches everything archive staff do; an account on a one-time password reaches nothing.
// Cross-archive refusals on real records follow: an archive administrator of another archive acting on a slot,
// an exhibition and staff accounts of this one.

import { addDays, STAFF_ROLES, type StaffRole } from '@zz/shared';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../server/src/schema';
import { createBookableExhibition, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  CloseSlotDocument,
  DisableStaffAccountDocument,
  ResetStaffPasswordDocument,
  StaffAccountDocument,
  StaffSlotDocument,
  UpdateStaffAccountDocument,
} from '../testkit/generated/graphql';
import { outcome } from '../testkit/graphql';
import { branchId } from '../testkit/lookup';
import { createStaff, signInStaffToken } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

type Scopes = { staff?: boolean; staffRole?: StaffRole[]; citizen?: boolean; signedIn?: boolean };
interface StaffField {
  operation: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
  /** The roles the schema lets in. */
  roles: readonly StaffRole[];
}

/** Every root field declared for staff (a role list, or any staff), with the roles it admits. */
function staffFields(): StaffField[] {
  const fields: StaffField[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const type = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const [name, field] of Object.entries(type?.getFields() ?? {})) {
      const scopes = (field.extensions as { pothosOptions?: { authScopes?: Scopes } }).pothosOptions?.authScopes;
      if (!scopes || typeof scopes !== 'object') continue;
      if (scopes.staffRole) fields.push({ operation, name, field, roles: scopes.staffRole });
      else if (scopes.staff) fields.push({ operation, name, field, roles: STAFF_ROLES });
    }
  }
  return fields;
}

/** A value graphql-js accepts for an input type: enough to get past validation to the field's authorisation. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        // Defaulted non-null fields too: the compiled executor asks for them (reported to the lead).
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleValue(f.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return '1';
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2026-11-24';
      case 'DateTime':
        return '2026-11-24T02:00:00.000Z';
      default:
        return '测试';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** The field called with its required arguments as variables, selecting only __typename. */
function callOf(entry: StaffField): { query: string; variables: Record<string, unknown> } {
  const required = entry.field.args.filter(
    (a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined,
  );
  const variables = Object.fromEntries(required.map((a, i) => [`v${i}`, sampleValue(a.type)]));
  const declarations = required.map((a, i) => `$v${i}: ${String(a.type)}`).join(', ');
  const args = required.map((a, i) => `${a.name}: $v${i}`).join(', ');
  const named = getNamedType(entry.field.type);
  // A field that lists NotAuthorizedError answers it as a typed result: its reason says which refusal it was.
  const typedRefusal = isUnionType(named) && named.getTypes().some((t) => t.name === 'NotAuthorizedError');
  const selection = isLeafType(named)
    ? ''
    : typedRefusal
      ? ' { __typename ... on NotAuthorizedError { reason } }'
      : ' { __typename }';
  const query = `${entry.operation} Probe${declarations ? `(${declarations})` : ''} { ${entry.name}${
    args ? `(${args})` : ''
  }${selection} }`;
  return { query, variables };
}

/** What a call answered, refusals named by their code whether typed (listed on the field) or a GraphQL error. */
async function refusalOf(server: TestServer, entry: StaffField, token: string): Promise<string> {
  const { query, variables } = callOf(entry);
  const result = await server.executeRaw(query, variables, token);
  return outcome(result).replace(/^NotAuthorizedError:/, 'error:');
}

// What a checker reaches: the door (scan, check-in, walk-ins, the roster and the slot) and today's exhibitions to pick
// a slot. 统计 is the managers' (issue 12: checkers are door only). Anything new a checker reaches must be added here
// on purpose.
const CHECKER_REACHES = ['query slotDoorFigures', 'query slotRoster', 'query staffExhibitions', 'query staffSlot'];

describe('the staff fields’ declared scopes', () => {
  const fields = staffFields();

  it('finds the staff fields (the table is not empty)', () => {
    expect(fields.length).toBeGreaterThan(30);
  });

  it('opens nothing to checkers beyond the door', () => {
    const checkerFields = fields
      .filter((f) => f.roles.includes('CHECKER'))
      .map((f) => `${f.operation} ${f.name}`)
      .filter((name) => name.startsWith('query '))
      .sort();
    expect(checkerFields).toEqual(CHECKER_REACHES);
    // The door's mutations are the only mutations a checker reaches: checking in and walk-ins.
    const checkerMutations = fields.filter((f) => f.operation === 'mutation' && f.roles.includes('CHECKER'));
    for (const f of checkerMutations) expect(f.name, f.name).toMatch(/checkIn|CheckIn|walkIn|WalkIn|scan|Scan/);
  });

  it('gives archive administrators everything archive staff have', () => {
    const missing = fields.filter((f) => f.roles.includes('BRANCH_STAFF') && !f.roles.includes('BRANCH_ADMIN'));
    expect(missing.map((f) => f.name)).toEqual([]);
  });
});

describe.each(dialects)('each role’s refusals (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, env: { TRUST_PROXY: 'true' } },
    {
      ADMIN: ['ADMIN'],
      BRANCH_ADMIN: ['BRANCH_ADMIN', { branchCode: 'zhangpu' }],
      BRANCH_STAFF: ['BRANCH_STAFF', { branchCode: 'zhangpu' }],
      CHECKER: ['CHECKER', { branchCode: 'zhangpu' }],
      otherArchiveAdmin: ['BRANCH_ADMIN', { branchCode: 'xiangcheng' }],
      otherArchiveStaff: ['BRANCH_STAFF', { branchCode: 'xiangcheng' }],
    },
  );
  const fields = staffFields();

  it('refuses every staff field to each role it leaves out', async () => {
    const wrong: string[] = [];
    for (const entry of fields) {
      for (const role of STAFF_ROLES.filter((r) => !entry.roles.includes(r))) {
        const answer = await refusalOf(server(), entry, staff[role].token);
        if (answer !== 'error:FORBIDDEN') wrong.push(`${role} ${entry.operation} ${entry.name}: ${answer}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers an archive administrator as it answers archive staff of the same archive', async () => {
    const differ: string[] = [];
    for (const entry of fields.filter((f) => f.roles.includes('BRANCH_STAFF') && f.operation === 'query')) {
      const asAdmin = await refusalOf(server(), entry, staff.BRANCH_ADMIN.token);
      const asStaff = await refusalOf(server(), entry, staff.BRANCH_STAFF.token);
      if (asAdmin !== asStaff) differ.push(`${entry.name}: ${asAdmin} / ${asStaff}`);
    }
    expect(differ).toEqual([]);
  });

  it('refuses every staff field to an account still on its one-time password', async () => {
    const admin = staff.ADMIN;
    const created = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    // Reset by the administrator, signed in with the one-time password, not yet changed.
    const reset = await server().execute(ResetStaffPasswordDocument, { id: String(created.accountId) }, admin.token);
    const oneTime = (reset.data!.resetStaffPassword as { data: { oneTimePassword: string } }).data.oneTimePassword;
    const token = await signInStaffToken(server(), created.username, oneTime);
    const wrong: string[] = [];
    for (const entry of fields) {
      const answer = await refusalOf(server(), entry, token);
      if (answer !== 'error:PASSWORD_CHANGE_REQUIRED') wrong.push(`${entry.name}: ${answer}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses another archive’s administrator and staff on this archive’s slot and staff', async () => {
    const exhibition = await createBookableExhibition(server(), staff.BRANCH_STAFF);
    const slot = await exhibition.slotAt(addDays(TEST_TODAY, 1));
    const zhangpu = await branchId(server(), 'zhangpu');
    for (const outsider of [staff.otherArchiveAdmin, staff.otherArchiveStaff]) {
      const who = `${outsider.role}@xiangcheng`;
      expect(await server().execute(StaffSlotDocument, { id: slot.id }, outsider.token), who).toMatchObject({
        data: { staffSlot: null },
      });
      expect(
        outcome(await server().execute(CloseSlotDocument, { slotId: slot.id, reason: '测试' }, outsider.token)),
        who,
      ).toMatch(/NotAuthorizedError:FORBIDDEN|NotFoundError/);
    }
    const checkerId = String(staff.CHECKER.accountId);
    const outsider = staff.otherArchiveAdmin.token;
    expect((await server().execute(StaffAccountDocument, { id: checkerId }, outsider)).data!.staffAccount).toBeNull();
    const input = { displayName: '改名', role: 'CHECKER' as const, branchId: zhangpu };
    expect(outcome(await server().execute(UpdateStaffAccountDocument, { id: checkerId, input }, outsider))).toBe(
      'NotFoundError',
    );
    expect(outcome(await server().execute(DisableStaffAccountDocument, { id: checkerId }, outsider))).toBe(
      'NotFoundError',
    );
    // The slot is still open: nothing an outsider tried changed it.
    const still = await server().execute(StaffSlotDocument, { id: slot.id }, staff.BRANCH_ADMIN.token);
    expect(still.data!.staffSlot).toMatchObject({ id: slot.id, status: 'OPEN' });
  });
});
