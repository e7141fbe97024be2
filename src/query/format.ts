/**
 * Printing query results: an aligned text table (by display width, so
 * Chinese characters count as two columns), CSV (RFC 4180) or JSON.
 */
import type { Format } from './formats.js';
import { cell, plain } from './values.js';

export { FORMATS, type Format } from './formats.js';

export interface ResultTable {
  columns: string[];
  rows: unknown[][];
}

// East Asian Wide and Fullwidth ranges (Unicode TR 11): two terminal columns each.
const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
// Combining marks, zero-width spaces and joiners, variation selectors: no columns.
const MARK = /^\p{M}$/u;
const ZERO: Array<[number, number]> = [[0x200b, 0x200f], [0x2060, 0x2060], [0xfe00, 0xfe0f]];

export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) as number;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || MARK.test(ch)) return 0;
  for (const [lo, hi] of ZERO) if (cp >= lo && cp <= hi) return 0;
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return 1;
}

/** Terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** One line per cell: newlines and tabs inside values would break the columns. */
function flat(text: string): string {
  return text.replace(/\r?\n|\r|\t/g, ' ');
}

export function formatTable(t: ResultTable): string {
  const cells = t.rows.map((r) => r.map((v) => flat(cell(v))));
  const numeric = t.columns.map((_, i) => t.rows.length > 0 && t.rows.every((r) => typeof r[i] === 'number' || r[i] === null));
  const widths = t.columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (values: string[]): string =>
    values.map((v, i) => pad(v, widths[i] ?? 0, numeric[i] ?? false)).join('  ').trimEnd();
  const out = [line(t.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  out.push(`(${t.rows.length} ${t.rows.length === 1 ? 'row' : 'rows'})`);
  return `${out.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(t: ResultTable): string {
  return [t.columns, ...t.rows.map((r) => r.map(cell))].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function formatJson(t: ResultTable): string {
  const objects = t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, plain(r[i])])));
  return `${JSON.stringify(objects, null, 2)}\n`;
}

export function formatResult(t: ResultTable, format: Format): string {
  return format === 'json' ? formatJson(t) : format === 'csv' ? formatCsv(t) : formatTable(t);
}
