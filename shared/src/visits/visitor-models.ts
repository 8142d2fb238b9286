// Visitors as every form that names people reads them: one visitor, a party of them (each document once),
// and the walk-in registration staff make at the door. The citizen forms build on these in booking-models.ts.
// The client validates with these models and sends what they output; the server parses the same input again
// with the same model and reports the issues at the same paths.
import * as z from 'zod/mini';
import {
  DOCUMENT_TYPES,
  type DocumentType,
  documentNumberMessage,
  normalizeDocumentNumber,
} from '../identity/documents';
import { personNameModel } from '../identity/names';
import type { BusinessDate } from '../time/business-time';

/**
 * What a visitor model needs to know besides the input: the business date of the check, after which no
 * birth date may fall. Passed in (the server's clock, the client's day) so tests can move it.
 */
export interface VisitContext {
  today: BusinessDate;
}

/** One visitor typed in: the number is checked against its document type, then normalised. */
export function visitorModel({ today }: VisitContext) {
  return z.pipe(
    z
      .object({
        name: personNameModel,
        documentType: z._default(z.enum(DOCUMENT_TYPES, { error: '请选择证件类型' }), 'RESIDENT_ID'),
        documentNumber: z.string({ error: '请填写证件号码' }),
        /** Declared for documents without a birth date, so a group's adult ratio can be judged. */
        minor: z.optional(z.nullable(z.boolean())),
      })
      .check(
        z.superRefine((visitor, ctx) => {
          const message = documentNumberMessage(visitor.documentType, visitor.documentNumber, today);
          if (message)
            ctx.addIssue({ code: 'custom', message, path: ['documentNumber'], input: visitor.documentNumber });
        }),
      ),
    z.transform((visitor) => ({
      ...visitor,
      documentNumber: normalizeDocumentNumber(visitor.documentType, visitor.documentNumber),
    })),
  );
}

export type VisitorInput = z.input<ReturnType<typeof visitorModel>>;
export type Visitor = z.output<ReturnType<typeof visitorModel>>;

/** The key under which two entries are the same document: type and normalised number. */
export function documentKeyOf(visitor: { documentType: DocumentType; documentNumber: string }): string {
  return `${visitor.documentType}:${normalizeDocumentNumber(visitor.documentType, visitor.documentNumber)}`;
}

export interface PartyLimits extends VisitContext {
  min: number;
  max: number;
  /** The message when the party is smaller than min or larger than max; a default names the range. */
  sizeMessage?: string;
}

/**
 * The visitors of one request, min to max of them, each document at most once: the second entry of a
 * document is refused at its own path ('visitors.2.documentNumber'), the first stays valid.
 */
export function visitorPartyModel({ min, max, today, sizeMessage }: PartyLimits) {
  const size = sizeMessage ?? (min === max ? `参观人数应为${min}人` : `参观人数应为${min}–${max}人`);
  return z.array(visitorModel({ today })).check(
    z.minLength(min, size),
    z.maxLength(max, size),
    z.superRefine((visitors, ctx) => {
      const seen = new Set<string>();
      visitors.forEach((visitor, index) => {
        // Entries that failed parsing arrive as they were sent; only well-formed documents can repeat.
        if (typeof visitor?.documentNumber !== 'string' || !DOCUMENT_TYPES.includes(visitor.documentType)) return;
        if (documentNumberMessage(visitor.documentType, visitor.documentNumber, today)) return;
        const key = documentKeyOf(visitor);
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            message: '同一证件不能重复添加',
            path: [index, 'documentNumber'],
            input: visitor.documentNumber,
          });
        }
        seen.add(key);
      });
    }),
  );
}

/** 现场登记: 1 to the policy's maxVisitors people registered at the door by staff. */
export function walkInModel({ maxVisitors, today }: VisitContext & { maxVisitors: number }) {
  return z.object({
    visitors: visitorPartyModel({ min: 1, max: maxVisitors, today, sizeMessage: `一次可登记1–${maxVisitors}人` }),
  });
}
