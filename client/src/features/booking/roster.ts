// A group roster typed as lines of 「姓名 证件号」, parsed and checked line by line with the shared rules
// (the server checks them again). Other documents name their type: 「姓名 护照 E12345678」, and a minor
// holding one adds 「未成年」, because only resident IDs carry a birth date.
import {
  birthDateOfResidentId,
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  type DocumentType,
  documentNumberMessage,
  GROUP_MAX_SIZE,
  GROUP_MIN_SIZE,
  hasEnoughAdults,
  isMinorOn,
  MINORS_PER_ADULT,
  nameMessage,
  normalizeDocumentNumber,
} from '@zz/shared';

export interface RosterVisitor {
  name: string;
  documentType: DocumentType;
  documentNumber: string;
  minor?: boolean;
}

export interface RosterLine {
  /** 1-based line number in the text, as people count. */
  lineNumber: number;
  text: string;
  visitor: RosterVisitor | null;
  /** Judged on the visit date: from the birth date in a resident ID, else as declared. */
  isMinor: boolean;
  errors: string[];
}

export interface ParsedRoster {
  lines: RosterLine[];
  /** Every line that parsed into a visitor, in order (what the server receives when there are no errors). */
  visitors: RosterVisitor[];
  minors: number;
  /** Problems of the roster as a whole (size, adult ratio). */
  problems: string[];
  valid: boolean;
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

export function parseRoster(text: string, visitDate: string): ParsedRoster {
  const lines: RosterLine[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!trimmed) return;
    const line = parseLine(trimmed, index + 1, visitDate);
    if (line.visitor && line.errors.length === 0) {
      const key = `${line.visitor.documentType}:${line.visitor.documentNumber}`;
      const earlier = seen.get(key);
      if (earlier) line.errors.push(`与第${earlier}行证件重复`);
      else seen.set(key, line.lineNumber);
    }
    lines.push(line);
  });

  const visitors = lines.flatMap((l) => (l.visitor ? [l.visitor] : []));
  const minors = lines.filter((l) => l.visitor && l.isMinor).length;
  const problems: string[] = [];
  if (lines.length < GROUP_MIN_SIZE || lines.length > GROUP_MAX_SIZE) {
    problems.push(`团体人数应为${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE}人，当前${lines.length}人`);
  }
  if (visitors.length > 0 && !hasEnoughAdults(visitors.length - minors, minors)) {
    problems.push(`每${MINORS_PER_ADULT}名未成年人至少需要1名成年人带队`);
  }
  const valid = problems.length === 0 && lines.every((l) => l.errors.length === 0);
  return { lines, visitors, minors, problems, valid };
}

function parseLine(text: string, lineNumber: number, visitDate: string): RosterLine {
  const tokens = text.split(/[\s,，、;；]+/).filter(Boolean);
  const errors: string[] = [];
  const name = tokens.shift() ?? '';
  let documentType: DocumentType = 'RESIDENT_ID';
  if (tokens.length > 0 && TYPE_WORDS[tokens[0]]) documentType = TYPE_WORDS[tokens.shift() as string];
  let declaredMinor = false;
  if (tokens[tokens.length - 1] === MINOR_WORD) {
    tokens.pop();
    declaredMinor = true;
  }
  const documentNumber = normalizeDocumentNumber(documentType, tokens.join(''));

  const nameProblem = nameMessage(name);
  if (nameProblem) errors.push(nameProblem);
  const numberProblem = documentNumberMessage(documentType, documentNumber);
  if (numberProblem) errors.push(numberProblem);
  if (errors.length > 0) return { lineNumber, text, visitor: null, isMinor: false, errors };

  const minor =
    documentType === 'RESIDENT_ID' ? isMinorOn(birthDateOfResidentId(documentNumber), visitDate) : declaredMinor;
  return {
    lineNumber,
    text,
    // The server reads a resident ID's birth date itself; `minor` is only declared for other documents.
    visitor: { name, documentType, documentNumber, ...(documentType === 'RESIDENT_ID' ? {} : { minor }) },
    isMinor: minor,
    errors,
  };
}
