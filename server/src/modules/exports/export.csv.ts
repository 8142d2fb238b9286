// CSV for Excel: UTF-8 with a BOM (without it Excel reads the Chinese as the local code page), every text cell
// escaped against formulas, document numbers kept as text, written by csv-stringify from an async source of
// records so a download holds one batch at a time and waits while the client reads slowly (backpressure).
import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';

/** A cell: text, or a document number that must stay text in Excel. */
export type Cell = string | number | null | { document: string };

/**
 * A text cell that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return
 * that some spreadsheets skip before reading such a sign) gets a leading apostrophe: Excel and LibreOffice then
 * show it as text, and the apostrophe tells a reader the cell was neutralised (OWASP's CSV injection advice).
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A document number as text. Excel reads an 18-digit number as a number and keeps 15 significant digits
 * (350602199001011234 → 350602199001011000). We prefix a tab rather than writing ="…": ="…" is itself a
 * formula (it would trip our own escaping above and runs in any tool that evaluates formulas), and other tools
 * (LibreOffice, pandas, a database import) show it literally; a leading tab makes Excel keep the cell as text
 * and is dropped by anything that trims the value. Our document numbers are validated (digits and letters),
 * so the tab is never followed by a formula sign.
 */
export function documentAsText(value: string): string {
  return `\t${value}`;
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return documentAsText(cell.document);
  return escapeFormula(cell);
}

/** Streams `header` then every record of `records` as CSV with a BOM to `out`; resolves when all is written. */
export async function streamCsv(out: Writable, header: readonly string[], records: AsyncIterable<Cell[]>) {
  async function* lines() {
    yield [...header];
    for await (const record of records) yield record.map(cellText);
  }
  await pipeline(Readable.from(lines()), stringify({ bom: true, eof: true, record_delimiter: 'windows' }), out);
}
