/**
 * One customer as read from an imported file, before it is matched against the shop's customers:
 * the fields normalised (phone digits, birthday, gender, tags, opening balances in fen and points)
 * and what was wrong. An error skips the row; a warning says which field was left out. Problems
 * are codes with parameters, so the preview says them in the shop's language.
 */
import type { Birthday, CustomerPersonal } from '../schema';

export type Gender = NonNullable<CustomerPersonal['gender']>;

/** What a column, or a vCard property, can hold. */
export const customerImportFields = [
  'name',
  'phone',
  'gender',
  'birthday',
  'tags',
  'note',
  'principal',
  'bonus',
  'points',
  'source',
] as const;
export type CustomerImportField = (typeof customerImportFields)[number];

export interface ImportProblem {
  /** The field it is about, or 'row' for the row as a whole. */
  field: CustomerImportField | 'row';
  code: string;
  params?: Record<string, string | number>;
}

export interface ImportRow {
  /** The line the row (or the vCard's BEGIN) starts on, as a text editor counts. */
  line: number;
  name: string;
  /** Normalised (domain/customers/phone.ts); null when the row has none. */
  phone: string | null;
  gender: Gender | null;
  birthday: Birthday | null;
  tags: string[];
  note: string;
  principalFen: number;
  bonusFen: number;
  points: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export const blankRow = (line: number): ImportRow => ({
  line,
  name: '',
  phone: null,
  gender: null,
  birthday: null,
  tags: [],
  note: '',
  principalFen: 0,
  bonusFen: 0,
  points: 0,
  errors: [],
  warnings: [],
});
