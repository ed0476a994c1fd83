/**
 * Reading one field of an imported customer from the text an old system or a phone wrote:
 * birthdays in the forms people and exports use, gender words in Chinese and English, tags in a
 * list, amounts in yuan, whole points, and the phone to keep when a row or card has several.
 * Each reader fills the row or adds the problem that says why it could not.
 */
import { parseYuanToFen } from '../../money';
import { isMobile, normalizePhone } from '../phone';
import { birthdaySchema, customerTagSchema, MAX_CUSTOMER_TAGS, type Birthday } from '../schema';
import type { Gender, ImportRow } from './row';

const MAX_NAME = 40;
const MAX_NOTE = 500;
const MAX_POINTS = 99_999_999;

function halfWidth(text: string): string {
  return text.replace(/[０-９－／．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Apple writes a birthday without a year as this year (X-APPLE-OMIT-YEAR=1604). */
const APPLE_NO_YEAR = 1604;

/**
 * A birthday from '1990-05-12', '1990/5/12', '1990年5月12日', '19900512', '05-12', '5月12日',
 * '--0512' / '--05-12' (vCard without a year) or '1990-05-12T00:00:00Z'; null when it is none.
 */
export function parseBirthday(input: string): Birthday | null {
  const text = halfWidth(input).trim();
  const full =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})(?:T.*)?$/.exec(text);
  const short =
    /^(?:--)?(\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^--(\d{2})(\d{2})$/.exec(text);
  const [year, month, day] = full
    ? [Number(full[1]), Number(full[2]), Number(full[3])]
    : short
      ? [null, Number(short[1]), Number(short[2])]
      : [];
  if (month === undefined) return null;
  const parsed = birthdaySchema.safeParse({
    month,
    day,
    year: year === APPLE_NO_YEAR ? null : year,
  });
  return parsed.success ? parsed.data : null;
}

const GENDER_WORDS: Record<string, Gender | null> = {
  男: 'male',
  男性: 'male',
  先生: 'male',
  male: 'male',
  m: 'male',
  man: 'male',
  女: 'female',
  女性: 'female',
  女士: 'female',
  female: 'female',
  f: 'female',
  woman: 'female',
  其他: 'other',
  其它: 'other',
  other: 'other',
  o: 'other',
  未知: null,
  保密: null,
  unknown: null,
  u: null,
  n: null,
};

export function readName(row: ImportRow, value: string | undefined): void {
  const name = (value ?? '').trim().replace(/\s+/g, ' ');
  if (name.length > MAX_NAME)
    row.errors.push({ field: 'name', code: 'too_long', params: { max: MAX_NAME } });
  else row.name = name;
}

export function readNote(row: ImportRow, value: string | undefined): void {
  const note = (value ?? '').trim();
  if (note.length > MAX_NOTE)
    row.errors.push({ field: 'note', code: 'too_long', params: { max: MAX_NOTE } });
  else row.note = note;
}

export function readGender(row: ImportRow, value: string | undefined): void {
  const word = (value ?? '').trim().toLowerCase();
  if (word === '') return;
  const gender = GENDER_WORDS[word];
  if (gender === undefined)
    row.warnings.push({ field: 'gender', code: 'unknown', params: { value: word } });
  else row.gender = gender;
}

export function readBirthday(row: ImportRow, value: string | undefined): void {
  const text = (value ?? '').trim();
  if (text === '') return;
  const birthday = parseBirthday(text);
  if (birthday) row.birthday = birthday;
  else row.warnings.push({ field: 'birthday', code: 'not_a_date', params: { value: text } });
}

/** Adds tags from a list written with any of the separators people use; too long ones are left out. */
export function readTags(
  row: ImportRow,
  value: string | undefined,
  field: 'tags' | 'source' = 'tags',
): void {
  const words = (value ?? '')
    .split(/[,，、|;；]/)
    .map((word) => word.trim())
    .filter(Boolean);
  for (const word of words) {
    if (row.tags.includes(word)) continue;
    if (!customerTagSchema.safeParse(word).success)
      row.warnings.push({ field, code: 'tag_too_long', params: { value: word } });
    else if (row.tags.length >= MAX_CUSTOMER_TAGS)
      row.warnings.push({ field, code: 'too_many_tags', params: { value: word } });
    else row.tags.push(word);
  }
}

/** An opening stored-value amount in yuan ('1,234.50', '¥88'); empty is none. */
export function readAmount(
  row: ImportRow,
  value: string | undefined,
  field: 'principal' | 'bonus',
): void {
  const text = (value ?? '').trim();
  if (text === '') return;
  const parsed = parseYuanToFen(text);
  if (!parsed.ok) {
    row.errors.push({ field, code: `money_${parsed.error}`, params: { value: text } });
    return;
  }
  if (field === 'principal') row.principalFen = parsed.fen;
  else row.bonusFen = parsed.fen;
}

/** Opening points: a whole number ('1,200', '1200.00' as a spreadsheet may write it). */
export function readPoints(row: ImportRow, value: string | undefined): void {
  const text = halfWidth(value ?? '')
    .trim()
    .replace(/,/g, '');
  if (text === '') return;
  const match = /^(-?)(\d+)(?:\.0*)?$/.exec(text);
  const points = match ? Number(match[2]) : NaN;
  const code = !match
    ? 'points_not_whole'
    : match[1] === '-' && points !== 0
      ? 'points_negative'
      : points > MAX_POINTS
        ? 'points_too_large'
        : null;
  if (code) row.errors.push({ field: 'points', code, params: { value: value!.trim() } });
  else row.points = points;
}

export interface PhoneCandidate {
  value: string;
  /** Marked as a mobile by the file (a vCard's TYPE=CELL). */
  cell: boolean;
}

/** Excel turns a long number into '1.38123E+10' when the column is not text. */
const SCIENTIFIC = /^\d(?:\.\d+)?e\+\d+$/i;

/**
 * Keeps one phone from what a row or card holds: a number marked as a mobile, else the first that
 * is a mobile, else the first landline. The others are counted in a warning; a row whose only
 * numbers are unreadable gets an error, so it is never imported without the shop seeing why.
 */
export function readPhones(row: ImportRow, candidates: readonly PhoneCandidate[]): void {
  const read = candidates
    .map((candidate) => ({ ...candidate, result: normalizePhone(candidate.value) }))
    .filter((candidate) => candidate.result.ok || candidate.result.error !== 'empty');
  const valid = read.flatMap((c) => (c.result.ok ? [{ phone: c.result.phone, cell: c.cell }] : []));
  const chosen =
    valid.find((c) => c.cell && isMobile(c.phone)) ??
    valid.find((c) => isMobile(c.phone)) ??
    valid[0];
  if (!chosen) {
    const first = read[0];
    if (first) {
      const code = SCIENTIFIC.test(first.value.trim()) ? 'phone_scientific' : 'phone_invalid';
      row.errors.push({ field: 'phone', code, params: { value: first.value.trim() } });
    }
    return;
  }
  row.phone = chosen.phone;
  const others = new Set(valid.map((c) => c.phone));
  others.delete(chosen.phone);
  const unreadable = read.length - valid.length;
  if (others.size + unreadable > 0)
    row.warnings.push({
      field: 'phone',
      code: 'other_numbers',
      params: { count: others.size + unreadable },
    });
}

/** A spreadsheet cell that may hold several numbers ('13812345678 / 010-87654321'). */
export function phoneCandidatesOfCell(value: string | undefined): PhoneCandidate[] {
  const text = (value ?? '').trim();
  if (text === '') return [];
  if (normalizePhone(text).ok) return [{ value: text, cell: false }];
  const parts = text.split(/[/,;，；、|]|\s{2,}/).filter((part) => part.trim() !== '');
  return (parts.length > 1 ? parts : [text]).map((part) => ({ value: part, cell: false }));
}

/** Whether a row can become a customer: a name or a phone, and no error. */
export function finishRow(row: ImportRow): ImportRow {
  if (row.name === '' && row.phone === null && row.errors.length === 0)
    row.errors.push({ field: 'row', code: 'no_name_or_phone' });
  return row;
}
