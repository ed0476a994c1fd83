/**
 * CSV as RFC 4180 describes it, read leniently the way spreadsheets write it: quoted fields may
 * hold delimiters, doubled quotes and line breaks (CRLF, LF or CR); a stray quote inside an
 * unquoted field is kept as text. A broken record (a quote never closed, or the wrong number of
 * fields) is reported with its line number and reading resumes on the next line, so one bad row
 * in a 10 MB file costs that row, not the file.
 */
export type CsvDelimiter = ',' | '\t' | ';';

export type CsvErrorCode = 'unterminated_quote' | 'wrong_field_count';

export interface CsvRow {
  /** 1-based line the record starts on, as a text editor counts. */
  line: number;
  fields: string[];
}

export interface CsvError {
  line: number;
  code: CsvErrorCode;
  params?: { expected: number; found: number };
  /** How the skipped line begins, as written, so the preview can show which row it was. */
  start: string;
}

const START_LENGTH = 40;
const startOf = (text: string, from: number, to: number) =>
  text.slice(from, Math.min(to, from + START_LENGTH)).replace(/[\r\n]+$/, '');

export interface CsvTable {
  delimiter: CsvDelimiter;
  /** The first non-empty record; empty for an empty file. */
  headers: string[];
  rows: CsvRow[];
  errors: CsvError[];
  /**
   * The line of a quote that is still open when the file ends: no quote follows it anywhere, so
   * the file was most likely cut off inside a quoted field (a download or copy stopped short).
   */
  unclosedQuoteLine?: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

interface RecordRead {
  fields: string[];
  next: number;
  nextLine: number;
  unterminated: boolean;
  multiline: boolean;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count += 1;
  }
  return count;
}

/** Reads a quoted field from just after its opening quote; -1 when the quote never closes. */
function readQuoted(text: string, from: number): { value: string; end: number } {
  let value = '';
  let at = from;
  for (;;) {
    const close = text.indexOf('"', at);
    if (close === -1) return { value, end: -1 };
    if (text.charCodeAt(close + 1) === QUOTE) {
      value += text.slice(at, close + 1);
      at = close + 2;
    } else {
      return { value: value + text.slice(at, close), end: close + 1 };
    }
  }
}

/** The index of the next delimiter, CR or LF at or after `from` (text.length if none). */
function nextSpecial(text: string, from: number, delimiter: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === delimiter || c === LF || c === CR) return i;
  }
  return text.length;
}

function readRecord(text: string, start: number, line: number, delimiter: number): RecordRead {
  const fields: string[] = [];
  let field = '';
  let at = start;
  let atFieldStart = true;
  let nextLine = line;
  for (;;) {
    if (at >= text.length) {
      fields.push(field);
      return { fields, next: at, nextLine, unterminated: false, multiline: nextLine > line };
    }
    const c = text.charCodeAt(at);
    if (c === QUOTE && atFieldStart) {
      const quoted = readQuoted(text, at + 1);
      if (quoted.end === -1)
        return { fields, next: text.length, nextLine, unterminated: true, multiline: true };
      nextLine += countLineBreaks(quoted.value);
      field += quoted.value;
      at = quoted.end;
      atFieldStart = false;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      at += 1;
      atFieldStart = true;
    } else if (c === LF || c === CR) {
      fields.push(field);
      const next = c === CR && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
      return {
        fields,
        next,
        nextLine: nextLine + 1,
        unterminated: false,
        multiline: nextLine > line,
      };
    } else {
      const end = nextSpecial(text, at, delimiter);
      field += text.slice(at, end);
      at = end;
      atFieldStart = false;
    }
  }
}

/** The start of the line after the one `from` is on. */
function nextLineStart(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
  if (end === -1) return text.length;
  return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
}

/** Comma, tab or semicolon: whichever the header line (outside quotes) has most of. */
export function detectDelimiter(text: string): CsvDelimiter {
  const firstLine = text.slice(0, nextLineStart(text, 0)).replace(/"[^"]*"/g, '');
  const counts = ([',', '\t', ';'] as const).map(
    (d) => [d, firstLine.split(d).length - 1] as const,
  );
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** How many fields a single line has when its quotes are read as plain text. */
function fieldsOnLine(line: string, delimiter: CsvDelimiter): number {
  return line.replace(/[\r\n]+$/, '').split(delimiter).length;
}

const isBlank = (fields: readonly string[]) => fields.length === 1 && fields[0] === '';

/** Whether extra trailing fields are all empty (some programs end every line with a delimiter). */
function fitsWithTrailingEmpties(fields: string[], expected: number): boolean {
  return fields.length > expected && fields.slice(expected).every((f) => f === '');
}

export function parseCsv(input: string, options: { delimiter?: CsvDelimiter } = {}): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const table: CsvTable = { delimiter, headers: [], rows: [], errors: [] };
  let at = 0;
  let line = 1;
  let headerRead = false;
  while (at < text.length) {
    const record = readRecord(text, at, line, delimiter.charCodeAt(0));
    const expected = table.headers.length;
    const wrongCount =
      headerRead &&
      record.fields.length !== expected &&
      !fitsWithTrailingEmpties(record.fields, expected);
    if (record.unterminated || (wrongCount && record.multiline)) {
      // A quote opened by mistake swallows the lines after it: drop only the record's first line.
      const lineEnd = nextLineStart(text, at);
      if (record.unterminated) table.unclosedQuoteLine ??= line;
      const start = startOf(text, at, lineEnd);
      table.errors.push(
        record.unterminated
          ? { line, code: 'unterminated_quote', start }
          : {
              line,
              code: 'wrong_field_count',
              start,
              // The count the shop sees in that one line, its stray quote read as text.
              params: { expected, found: fieldsOnLine(text.slice(at, lineEnd), delimiter) },
            },
      );
      at = lineEnd;
      line += 1;
      continue;
    }
    if (!isBlank(record.fields)) {
      if (!headerRead) {
        table.headers = record.fields.map((h) => h.trim());
        headerRead = true;
      } else if (wrongCount) {
        table.errors.push({
          line,
          code: 'wrong_field_count',
          params: { expected, found: record.fields.length },
          start: startOf(text, at, record.next),
        });
      } else {
        table.rows.push({ line, fields: record.fields.slice(0, expected) });
      }
    }
    at = record.next;
    line = record.nextLine;
  }
  return table;
}
