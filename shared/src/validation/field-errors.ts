// A failed model parse as the per-field messages the API returns (InputValidationError.fieldErrors) and the
// forms show beside each field: the same paths on both sides, so a server message lands on the right field.
import type * as z from 'zod/mini';

export interface FieldError {
  /** Dotted path of the input field, e.g. "visitors.1.documentNumber". */
  path: string;
  message: string;
}

/**
 * One entry per issue, in the model's order, with dotted paths. `prefix` names where the parsed value sits in
 * the mutation's input (e.g. 'policy' for setBookingPolicy(policy: …)).
 */
export function fieldErrorsOf(error: z.core.$ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => {
    const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.');
    return { path, message: issue.message };
  });
}

/** The first message of a failed parse, or null when the value passes: for one field checked on its own. */
export function firstMessage(model: z.ZodMiniType, value: unknown): string | null {
  const result = model.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? null);
}
