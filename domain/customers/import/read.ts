/**
 * Reads an imported customer file, whatever it is: a spreadsheet saved as CSV or "Unicode text"
 * (decoded as domain/csv reads any file Excel saves: UTF-8 with or without a BOM, UTF-16, GBK) or
 * a contacts file (.vcf). Pure, so it runs in a worker for a 10,000-row file.
 */
import { decodeCsvBytes, type CsvEncoding } from '../../csv/decode';
import { parseCsv, type CsvDelimiter } from '../../csv/parse';
import { notCsvKind, type NotCsvKind } from '../../csv/sniff';
import { readCustomerTable, suggestCustomerMapping, type CustomerColumnMapping } from './csv';
import type { ImportRow } from './row';
import { looksLikeVcard, readVcards } from './vcard';

export interface CustomerFileRead {
  format: 'csv' | 'vcard';
  encoding: CsvEncoding;
  /** Set when the file is a photo, a PDF, a workbook or other bytes that are not text. */
  notText: NotCsvKind | null;
  /** For a CSV: its delimiter, headers and the mapping used (suggested, or the shop's). */
  delimiter: CsvDelimiter | null;
  headers: string[];
  mapping: CustomerColumnMapping;
  rows: ImportRow[];
}

/** `mapping` null: suggest one from the headers. */
export function readCustomerFile(
  bytes: Uint8Array,
  mapping: CustomerColumnMapping | null = null,
): CustomerFileRead {
  const { text, encoding } = decodeCsvBytes(bytes);
  const notText = notCsvKind(bytes, text);
  const empty = { encoding, delimiter: null, headers: [], mapping: {}, rows: [] };
  if (notText) return { ...empty, format: 'csv', notText };
  if (looksLikeVcard(text))
    return { ...empty, format: 'vcard', notText: null, rows: readVcards(text) };
  const table = parseCsv(text);
  const used = mapping ?? suggestCustomerMapping(table.headers);
  return {
    format: 'csv',
    encoding,
    notText: null,
    delimiter: table.delimiter,
    headers: table.headers,
    mapping: used,
    rows: readCustomerTable(table, used),
  };
}
