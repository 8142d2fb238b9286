// The exhibition editor (展览信息) and saveExhibition: every text bounded, dates in order, the cover a web
// address. Optional texts come out as null when blank, so the server stores no empty strings.
import * as z from 'zod/mini';
import { isBusinessDate } from '../time/business-time';
import { optionalTextModel, textModel } from '../validation/text';
import { EXHIBITION_FORM_MODES } from './statuses';

/** The longest value of each text field, in characters; the form's inputs use them as their maxlength. */
export const EXHIBITION_LIMITS = {
  title: 60,
  subtitle: 60,
  summary: 200,
  description: 20000,
  venue: 100,
  notes: 2000,
  coverUrl: 500,
} as const;

const L = EXHIBITION_LIMITS;

const optionalDate = z.pipe(
  z.optional(z.nullable(z.string({ error: '日期无效' }))),
  z.transform((value) => value || null),
);

export const exhibitionFormModel = z
  .object({
    title: textModel({
      max: L.title,
      required: `请填写展览名称（${L.title}字以内）`,
      tooLong: `请填写展览名称（${L.title}字以内）`,
    }),
    subtitle: optionalTextModel({ max: L.subtitle, tooLong: `副标题不能超过${L.subtitle}字` }),
    mode: z.enum(EXHIBITION_FORM_MODES, { error: '请选择展览形式' }),
    summary: textModel({
      max: L.summary,
      required: `请填写简介（${L.summary}字以内）`,
      tooLong: `请填写简介（${L.summary}字以内）`,
      multiline: true,
    }),
    description: textModel({
      max: L.description,
      required: '请填写展览介绍',
      tooLong: `展览介绍不能超过${L.description}字`,
      multiline: true,
    }),
    venue: optionalTextModel({ max: L.venue, tooLong: `展厅 / 地点不能超过${L.venue}字` }),
    notes: optionalTextModel({ max: L.notes, tooLong: `参观须知不能超过${L.notes}字`, multiline: true }),
    coverUrl: optionalTextModel({
      max: L.coverUrl,
      tooLong: `封面地址不能超过${L.coverUrl}个字符`,
      rule: (value) => (/^https?:\/\/\S+$/.test(value) ? null : '封面地址应为网址'),
    }),
    opensOn: z.string({ error: '请选择开展日期' }).check(z.refine(isBusinessDate, '请选择开展日期')),
    closesOn: optionalDate,
    featured: z.optional(z.nullable(z.boolean())),
    /** null keeps the current state when editing (a draft when creating). */
    published: z.optional(z.nullable(z.boolean())),
  })
  .check(
    z.superRefine((exhibition, ctx) => {
      const { opensOn, closesOn } = exhibition;
      if (closesOn && !isBusinessDate(closesOn)) {
        ctx.addIssue({ code: 'custom', message: '日期无效', path: ['closesOn'], input: closesOn });
      } else if (closesOn && isBusinessDate(opensOn) && closesOn < opensOn) {
        ctx.addIssue({ code: 'custom', message: '闭展日期不能早于开展日期', path: ['closesOn'], input: closesOn });
      }
    }),
  );

export type ExhibitionFormInput = z.input<typeof exhibitionFormModel>;
export type ExhibitionForm = z.output<typeof exhibitionFormModel>;
