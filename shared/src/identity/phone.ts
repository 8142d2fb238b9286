// Mainland mobile numbers: 11 digits starting with 1[3-9].
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s-]+/g, '').replace(/^\+?86/, '');
}

export function phoneMessage(raw: string): string | null {
  const value = normalizePhone(raw);
  if (value.length === 0) return '请填写手机号码';
  return /^1[3-9]\d{9}$/.test(value) ? null : '手机号码应为11位大陆手机号';
}

export function nameMessage(raw: string): string | null {
  const value = raw.trim();
  if (value.length === 0) return '请填写姓名';
  if (Array.from(value).length > 30) return '姓名不能超过30个字';
  return null;
}
