// Plain rule functions (value → Chinese message or null) as zod checks, so a rule is written once and serves
// both the forms that call it directly and the models that parse whole inputs.
import * as z from 'zod/mini';

/** A check that reports the rule's message, at `path` below the checked value when given. */
export function ruleCheck<T>(rule: (value: T) => string | null, path?: PropertyKey[]) {
  return z.superRefine((value: T, ctx) => {
    const message = rule(value);
    if (message) ctx.addIssue({ code: 'custom', message, input: value, ...(path ? { path } : {}) });
  });
}
