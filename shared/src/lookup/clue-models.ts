// The search clues of each record type, as data (key, label, kind, whether required, longest value) from which
// the form's fields, the zod model the form and the server both parse, the labels of a request's clues and
// their masking are all derived. Names of people in clues are personal data: masked like every other name.
import * as z from 'zod/mini';
import { maskName } from '../identity/masking';
import { NAME_MAX_LENGTH } from '../identity/names';
import { optionalTextModel, textModel } from '../validation/text';
import type { LookupRecordType } from './vocabularies';

export const CLUE_KEYS = [
  'partyOneName',
  'partyTwoName',
  'year',
  'office',
  'destination',
  'workUnit',
  'school',
  'fromYear',
  'toYear',
  'unit',
  'address',
  'certificateNumber',
  'description',
] as const;
export type ClueKey = (typeof CLUE_KEYS)[number];

export interface ClueField {
  key: ClueKey;
  label: string;
  /** NAME: a person's name (masked in responses); YEAR: four digits, 1900 to this year. */
  kind: 'NAME' | 'YEAR' | 'TEXT';
  required: boolean;
  /** Longest value in characters (names and years have their own). */
  max: number;
  /** Paragraph text. */
  multiline?: boolean;
}

export const CLUE_DESCRIPTION_MAX = 500;
const PLACE_MAX = 60;

const name = (key: ClueKey, label: string): ClueField => ({
  key,
  label,
  kind: 'NAME',
  required: true,
  max: NAME_MAX_LENGTH,
});
const year = (key: ClueKey, label: string): ClueField => ({ key, label, kind: 'YEAR', required: true, max: 4 });
const text = (key: ClueKey, label: string, required = true, max = PLACE_MAX): ClueField => ({
  key,
  label,
  kind: 'TEXT',
  required,
  max,
});
const description = (required: boolean, label = required ? '档案情况描述' : '补充说明'): ClueField => ({
  key: 'description',
  label,
  kind: 'TEXT',
  required,
  max: CLUE_DESCRIPTION_MAX,
  multiline: true,
});

/** The clue fields of each record type, in the form's order. */
export const CLUE_FIELDS: Record<LookupRecordType, readonly ClueField[]> = {
  MARRIAGE: [
    name('partyOneName', '一方姓名'),
    name('partyTwoName', '另一方姓名'),
    year('year', '登记年份'),
    text('office', '登记机关'),
    description(false),
  ],
  EDUCATED_YOUTH: [
    year('year', '下乡年份'),
    text('destination', '下乡地点'),
    text('workUnit', '所在单位'),
    description(false),
  ],
  SCHOOL: [text('school', '学校名称'), year('fromYear', '入学年份'), year('toYear', '离校年份'), description(false)],
  MILITARY: [text('unit', '部队或单位'), year('year', '入伍或退伍年份'), description(false)],
  PROPERTY: [
    text('address', '坐落地址', true, 100),
    text('certificateNumber', '权属证书编号', false, 40),
    description(false),
  ],
  EMPLOYMENT: [description(true)],
  FAMILY_PLANNING: [description(true)],
  TITLES: [description(true)],
  RETIREMENT: [description(true)],
  NOTARY: [description(true)],
  OTHER: [description(true)],
};

/** The clues of a request as parsed: each key of its type, null when left empty. */
export type LookupClues = Partial<Record<ClueKey, string | null>>;

function fieldModel(field: ClueField, thisYear: number) {
  if (field.kind === 'YEAR') {
    const message = `${field.label}应为1900–${thisYear}年之间的四位数字`;
    return z.string({ error: `请填写${field.label}` }).check(
      z.trim(),
      z.minLength(1, `请填写${field.label}`),
      z.refine((v) => v === '' || (/^\d{4}$/.test(v) && Number(v) >= 1900 && Number(v) <= thisYear), message),
    );
  }
  const rules = {
    max: field.max,
    tooLong: `${field.label}不能超过${field.max}个字`,
    multiline: field.multiline,
  };
  return field.required ? textModel({ ...rules, required: `请填写${field.label}` }) : optionalTextModel(rules);
}

/** The clues of one record type: its fields checked, other keys dropped, from-year not after to-year. */
export function lookupCluesModel(recordType: LookupRecordType, context: { thisYear: number }) {
  const fields = CLUE_FIELDS[recordType];
  const shape = Object.fromEntries(fields.map((f) => [f.key, fieldModel(f, context.thisYear)]));
  return z.object(shape).check(
    z.superRefine((clues: Record<string, unknown>, ctx) => {
      const { fromYear, toYear } = clues;
      if (typeof fromYear === 'string' && typeof toYear === 'string' && /^\d{4}$/.test(fromYear) && toYear < fromYear) {
        ctx.addIssue({ code: 'custom', message: '离校年份不能早于入学年份', path: ['toYear'], input: toYear });
      }
    }),
  ) as unknown as z.ZodMiniType<LookupClues>;
}

export interface ClueEntry {
  key: ClueKey;
  label: string;
  value: string;
}

/** A request's clues as labelled entries in the form's order, names masked unless `reveal`. */
export function clueEntries(recordType: LookupRecordType, clues: LookupClues, reveal = false): ClueEntry[] {
  return CLUE_FIELDS[recordType].flatMap((field) => {
    const value = clues[field.key];
    if (!value) return [];
    return [{ key: field.key, label: field.label, value: field.kind === 'NAME' && !reveal ? maskName(value) : value }];
  });
}

/** The place words of a request's clues, for suggestHoldingBranch. */
export function placeTextOf(recordType: LookupRecordType, clues: LookupClues): string {
  return CLUE_FIELDS[recordType]
    .filter((field) => field.kind === 'TEXT')
    .map((field) => clues[field.key] ?? '')
    .join(' ');
}
