// Mainland mobile numbers: 11 digits starting with 1[3-9], typed with spaces, dashes or +86 if people like.
import * as z from 'zod/mini';
import { ruleCheck } from '../validation/checks';

/** Longest number accepted as typed (spaces and +86 included), so nothing unbounded is normalised. */
export const PHONE_INPUT_MAX = 20;

export function normalizePhone(raw: string): string {
  return raw.replace(/[\s-]+/g, '').replace(/^\+?86/, '');
}

export function phoneMessage(raw: string): string | null {
  if (raw.length > PHONE_INPUT_MAX) return '手机号码应为11位大陆手机号';
  const value = normalizePhone(raw);
  if (value.length === 0) return '请填写手机号码';
  return /^1[3-9]\d{9}$/.test(value) ? null : '手机号码应为11位大陆手机号';
}

/** A mobile number as typed → the 11 digits. */
export const phoneModel = z.pipe(
  z.string({ error: '请填写手机号码' }).check(ruleCheck(phoneMessage)),
  z.transform(normalizePhone),
);
