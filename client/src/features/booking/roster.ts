// A group roster typed as lines of 「姓名 证件号」. Each line is read into a visitor and checked with the shared
// visitorModel, so a mistake is reported on its line; the roster as a whole (its size, each document once,
// the adult ratio) is checked by the form with the shared group model, whose messages placeRosterIssues puts
// back on lines. Other documents name their type: 「姓名 护照 E12345678」, and a minor holding one adds 「未成年」,
// because only resident IDs carry a birth date.
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from '@zz/shared/identity/documents';
import type { BusinessDate } from '@zz/shared/time/business-time';
import { isMinorVisitor } from '@zz/shared/visits/booking-models';
import { type Visitor, visitorModel } from '@zz/shared/visits/visitor-models';
import type { FieldErrorEntry } from '../../graphql/errors';

/** What a line says, before any check: what the group models parse. */
export interface RosterCandidate {
  name: string;
  documentType: DocumentType;
  documentNumber: string;
  /** Only for documents without a birth date. */
  minor?: boolean;
}

export interface RosterLine {
  /** 1-based line number in the text, as people count. */
  lineNumber: number;
  text: string;
  candidate: RosterCandidate;
  /** The visitor as the model normalised it, or null when the line has errors. */
  visitor: Visitor | null;
  /** Judged on the visit date: from the birth date in a resident ID, else as declared. */
  isMinor: boolean;
  errors: string[];
}

export interface ParsedRoster {
  /** The non-empty lines, in order; the roster models see them as `roster.0`, `roster.1`, … */
  lines: RosterLine[];
  candidates: RosterCandidate[];
  minors: number;
}

const TYPE_WORDS: Record<string, DocumentType> = {
  ...Object.fromEntries(DOCUMENT_TYPES.map((type) => [DOCUMENT_TYPE_LABELS[type], type])),
  身份证: 'RESIDENT_ID',
  护照: 'PASSPORT',
  港澳通行证: 'HK_MACAO_PERMIT',
  回乡证: 'HK_MACAO_PERMIT',
  台湾通行证: 'TAIWAN_PERMIT',
  台胞证: 'TAIWAN_PERMIT',
};

const MINOR_WORD = '未成年';

export function parseRoster(text: string, context: { today: BusinessDate; visitDate: BusinessDate }): ParsedRoster {
  const model = visitorModel({ today: context.today });
  const lines: RosterLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!trimmed) return;
    const candidate = candidateOf(trimmed);
    const parsed = model.safeParse(candidate);
    lines.push({
      lineNumber: index + 1,
      text: trimmed,
      candidate,
      visitor: parsed.success ? parsed.data : null,
      isMinor: parsed.success && isMinorVisitor(parsed.data, context.visitDate),
      errors: parsed.success ? [] : parsed.error.issues.map((issue) => issue.message),
    });
  });
  return {
    lines,
    candidates: lines.map((line) => line.candidate),
    minors: lines.filter((line) => line.isMinor).length,
  };
}

function candidateOf(text: string): RosterCandidate {
  const tokens = text.split(/[\s,，、;；]+/).filter(Boolean);
  const name = tokens.shift() ?? '';
  let documentType: DocumentType = 'RESIDENT_ID';
  if (tokens.length > 0 && TYPE_WORDS[tokens[0]]) documentType = TYPE_WORDS[tokens.shift() as string];
  let declaredMinor = false;
  if (tokens[tokens.length - 1] === MINOR_WORD) {
    tokens.pop();
    declaredMinor = true;
  }
  const documentNumber = tokens.join('');
  // The server reads a resident ID's birth date itself; `minor` is only declared for other documents.
  return documentType === 'RESIDENT_ID'
    ? { name, documentType, documentNumber }
    : { name, documentType, documentNumber, minor: declaredMinor };
}

export interface RosterIssues {
  /** Problems of the roster as a whole (size, adult ratio). */
  problems: string[];
  /** Messages by line number. */
  lines: Record<number, string[]>;
}

export const NO_ROSTER_ISSUES: RosterIssues = { problems: [], lines: {} };

/**
 * Puts the field errors of a roster model (the form's own parse, or the server's answer) where they belong:
 * 'roster.3.documentNumber' on the 4th line, unless that line already shows its own errors (the same check
 * made line by line), and 'roster' on the roster as a whole. The paths index the roster as sent, which is
 * the non-empty lines in order.
 */
export function placeRosterIssues(entries: ReadonlyArray<FieldErrorEntry>, roster: ParsedRoster): RosterIssues {
  const out: RosterIssues = { problems: [], lines: {} };
  for (const entry of entries) {
    if (entry.path === 'roster') {
      if (!out.problems.includes(entry.message)) out.problems.push(entry.message);
      continue;
    }
    const index = entry.path.match(/^roster\.(\d+)(\.|$)/)?.[1];
    const line = index === undefined ? undefined : roster.lines[Number(index)];
    if (!line || line.errors.includes(entry.message)) continue;
    const messages = out.lines[line.lineNumber] ?? [];
    if (!messages.includes(entry.message)) out.lines[line.lineNumber] = [...messages, entry.message];
  }
  return out;
}

/** One line as the form marks it while it is typed: right, or wrong with its reasons. */
export interface CheckedRosterLine {
  lineNumber: number;
  text: string;
  /** Its own check and the roster's (duplicates), from the form's parse and the server's answer. */
  errors: string[];
  isMinor: boolean;
}

export interface RosterCounts {
  /** People listed: one per non-empty line; what the roster's size rule counts. */
  people: number;
  right: number;
  wrong: number;
  adults: number;
  minors: number;
}

/** Every line with all its messages, from one parse and the issues placed on it (the form's and the server's). */
export function checkRosterLines(roster: ParsedRoster, ...issues: RosterIssues[]): CheckedRosterLine[] {
  return roster.lines.map((line) => ({
    lineNumber: line.lineNumber,
    text: line.text,
    errors: [...new Set([...line.errors, ...issues.flatMap((i) => i.lines[line.lineNumber] ?? [])])],
    isMinor: line.isMinor,
  }));
}

/** The counts the form shows, all from the same checked lines, so they always add up. */
export function rosterCounts(lines: readonly CheckedRosterLine[]): RosterCounts {
  const right = lines.filter((line) => line.errors.length === 0);
  const minors = right.filter((line) => line.isMinor).length;
  return {
    people: lines.length,
    right: right.length,
    wrong: lines.length - right.length,
    adults: right.length - minors,
    minors,
  };
}
