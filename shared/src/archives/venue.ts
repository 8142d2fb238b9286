// The venue details of an archive or of an exhibition held elsewhere (issue 12: what citizens need to arrive),
// as one form model: the staff page validates with it and saveVenue parses the same input again.
import * as z from 'zod/mini';
import { isClockTime } from '../time/business-time';
import { optionalTextModel, textModel } from '../validation/text';
import type { VenueHours } from './venue-display';

export * from './venue-display';

/** The longest value of each text field, in characters; the form's inputs use them as their maxlength. */
export const VENUE_LIMITS = {
  address: 120,
  phone: 30,
  hoursNotes: 200,
  transport: 500,
  entrance: 500,
  accessibility: 500,
} as const;

const L = VENUE_LIMITS;

/**
 * A number people can dial: digits with the separators they write ("0596-1234567", "+1 202-555-0101",
 * "0596-1234567 转 8001"), 5 to 20 digits in all (a short hotline like 12345 is five).
 */
export function venuePhoneMessage(value: string): string | null {
  if (!/^\+?[\d\s()-]+(\s*(转|ext\.?)\s*\d{1,6})?$/i.test(value)) return '电话只能包含数字、空格、横线和“转”分机号';
  const digits = value.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 20 ? null : '电话号码位数不对';
}

/**
 * Coordinates within China's extent (a swapped latitude and longitude falls outside it). They are GCJ-02, the
 * datum of Chinese maps and the one WeChat's openLocation and AMap expect; a WGS-84 reading from GPS is off by
 * a few hundred metres there.
 */
export const CHINA_LATITUDE = [3, 54] as const;
export const CHINA_LONGITUDE = [73, 136] as const;

const dayModel = z.object({
  closed: z.boolean({ error: '请选择是否闭馆' }),
  /** Ignored when closed: the form keeps what was typed while a day is switched off. */
  open: z.optional(z.nullable(z.string())),
  close: z.optional(z.nullable(z.string())),
});

const hoursModel = z.pipe(
  z
    .object({
      days: z.array(dayModel).check(z.length(7, '请填写周一至周日的开放时间')),
      lunchStart: z.optional(z.nullable(z.string())),
      lunchEnd: z.optional(z.nullable(z.string())),
      notes: optionalTextModel({ max: L.hoursNotes, tooLong: `开放说明不能超过${L.hoursNotes}字`, multiline: true }),
    })
    .check(
      z.superRefine((hours, ctx) => {
        hours.days.forEach((day, i) => {
          if (day.closed) return;
          const open = day.open ?? '';
          const close = day.close ?? '';
          if (!isClockTime(open))
            ctx.addIssue({
              code: 'custom',
              message: '请填写开门时间（如 09:00）',
              path: ['days', i, 'open'],
              input: open,
            });
          else if (!isClockTime(close))
            ctx.addIssue({
              code: 'custom',
              message: '请填写闭馆时间（如 17:30）',
              path: ['days', i, 'close'],
              input: close,
            });
          else if (close <= open)
            ctx.addIssue({
              code: 'custom',
              message: '闭馆时间应晚于开门时间',
              path: ['days', i, 'close'],
              input: close,
            });
        });
        const start = hours.lunchStart || null;
        const end = hours.lunchEnd || null;
        if (!start && !end) return;
        if (!start || !isClockTime(start))
          ctx.addIssue({
            code: 'custom',
            message: '请填写午休开始时间（如 12:00）',
            path: ['lunchStart'],
            input: start,
          });
        else if (!end || !isClockTime(end))
          ctx.addIssue({ code: 'custom', message: '请填写午休结束时间（如 14:30）', path: ['lunchEnd'], input: end });
        else if (end <= start)
          ctx.addIssue({ code: 'custom', message: '午休结束应晚于开始', path: ['lunchEnd'], input: end });
      }),
    ),
  z.transform(
    (hours): VenueHours => ({
      days: hours.days.map((day) => (day.closed ? null : { open: day.open ?? '', close: day.close ?? '' })),
      lunch: hours.lunchStart && hours.lunchEnd ? { start: hours.lunchStart, end: hours.lunchEnd } : null,
      notes: hours.notes,
    }),
  ),
);

const coordinate = z.optional(z.nullable(z.number({ error: '坐标应为数字' })));

export const venueFormModel = z
  .object({
    address: textModel({
      max: L.address,
      required: `请填写地址（${L.address}字以内）`,
      tooLong: `请填写地址（${L.address}字以内）`,
    }),
    phone: optionalTextModel({ max: L.phone, tooLong: `电话不能超过${L.phone}个字符`, rule: venuePhoneMessage }),
    latitude: coordinate,
    longitude: coordinate,
    hours: hoursModel,
    transport: optionalTextModel({ max: L.transport, tooLong: `交通指引不能超过${L.transport}字`, multiline: true }),
    entrance: optionalTextModel({ max: L.entrance, tooLong: `入口说明不能超过${L.entrance}字`, multiline: true }),
    accessibility: optionalTextModel({
      max: L.accessibility,
      tooLong: `无障碍信息不能超过${L.accessibility}字`,
      multiline: true,
    }),
  })
  .check(
    z.superRefine((venue, ctx) => {
      const { latitude, longitude } = venue;
      const given = (latitude ?? null) !== null;
      if (given !== ((longitude ?? null) !== null)) {
        ctx.addIssue({
          code: 'custom',
          message: '经度和纬度应同时填写或同时留空',
          path: [given ? 'longitude' : 'latitude'],
          input: null,
        });
        return;
      }
      if (latitude != null && !(latitude >= CHINA_LATITUDE[0] && latitude <= CHINA_LATITUDE[1]))
        ctx.addIssue({
          code: 'custom',
          message: '纬度应在3–54之间（是否与经度填反？）',
          path: ['latitude'],
          input: latitude,
        });
      if (longitude != null && !(longitude >= CHINA_LONGITUDE[0] && longitude <= CHINA_LONGITUDE[1]))
        ctx.addIssue({ code: 'custom', message: '经度应在73–136之间', path: ['longitude'], input: longitude });
    }),
  );

export type VenueFormInput = z.input<typeof venueFormModel>;
export type VenueForm = z.output<typeof venueFormModel>;
