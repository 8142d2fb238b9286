// Honest ratios for staff figures: below a minimum sample a rate says more than it knows ("100%" from one
// visitor), so the figure is shown as a count ("3 / 4 人") and a percentage only from MIN_RATE_SAMPLE upwards.
export const MIN_RATE_SAMPLE = 20;

/** The whole percentage of part / whole, or null when the sample is too small to be read as a rate. */
export function honestPercent(part: number, whole: number): number | null {
  if (whole < MIN_RATE_SAMPLE) return null;
  return Math.round((part / whole) * 100);
}

/** "87%（52 / 60 人）" or, for a small sample, "3 / 4 人"; "—" when nobody counts. */
export function ratioLabel(part: number, whole: number, unit = '人'): string {
  if (whole === 0) return '—';
  const percent = honestPercent(part, whole);
  return percent === null ? `${part} / ${whole} ${unit}` : `${percent}%（${part} / ${whole} ${unit}）`;
}
