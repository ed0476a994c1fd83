/**
 * Finding a customer at the counter in one or two keystrokes: by the last 4 digits of the phone
 * (the main path: a lookup in a map by last four, never a scan), the whole phone as it is typed
 * or pasted (+86 138-1234-5678), any run of 3 or more digits of it, or the name by characters
 * (张三, 三), full pinyin (zhangsan), initials (zs) or a mix (zhangs, 张s). Names read their first
 * character as a surname (曾 zeng, 单 shan), other readings matching too but ranking after.
 *
 * Pinyin and digit postings are worked out once when the index is built (and reused for people
 * whose name and phone did not change), so a phone query looks up a few candidates and a name
 * query is string comparisons only. The pinyin code is the menu's (domain/search/pinyin.ts).
 */
import {
  letterMaskOf,
  pinyinKeyOfUnits,
  pinyinQueryOf,
  pinyinScore,
  pinyinUnitsOf,
  type PinyinKey,
} from '../search/pinyin';
import { mapInSlices, type SliceOptions } from '../search/slices';
import { lastFour, normalizePhone } from './phone';
import { accountIdOf } from './accounts';
import type { Customer, CustomerPersonal } from './schema';

export type SearchablePerson = Pick<CustomerPersonal, 'id' | 'name' | 'phone'>;

interface CustomerSearchEntry extends PinyinKey {
  id: string;
  /** Identity of the fields the entry was built from, to reuse it on rebuild. */
  signature: string;
  /** The name, lower case. */
  name: string;
  /** The normalised phone, '' when there is none. */
  phone: string;
}

/** What a query was read as: the UI shows the whole phone only when it was searched by it. */
export type CustomerQuery =
  | { kind: 'empty' }
  /** A whole phone number (normalised): matches that number exactly first. */
  | { kind: 'phone'; phone: string }
  /** Exactly four digits: the phone's last four first, then phones holding them elsewhere. */
  | { kind: 'lastFour'; digits: string }
  /** Three or more digits: phones holding them; fewer than three find nothing. */
  | { kind: 'digits'; digits: string }
  /** Anything else: the name, by characters or pinyin (`letters`, '' when not pinyin). */
  | { kind: 'name'; text: string; letters: string };

export interface CustomerSearchIndex {
  readonly entries: readonly CustomerSearchEntry[];
  /**
   * Customer ids matching the query, best first; ties keep the order people were given in
   * (pass them newest first and the newest customer comes first among equals).
   */
  search(query: string, options?: { limit?: number }): string[];
}

/** Digits a phone query is compared with need at least this many (a trigram posting). */
export const MIN_PHONE_DIGITS = 3;

const PHONE_LIKE = /^[+\d\s\-()（）.]+$/;
const HAN = /\p{Script=Han}/u;

function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Reads a query the way the search treats it. */
export function readCustomerQuery(query: string): CustomerQuery {
  const text = halfWidthDigits(query).trim();
  if (text === '') return { kind: 'empty' };
  if (PHONE_LIKE.test(text) && /\d/.test(text)) {
    const whole = normalizePhone(text);
    if (whole.ok) return { kind: 'phone', phone: whole.phone };
    let digits = text.replace(/\D/g, '');
    // A number being typed with its country code (+86 138…): the code is not in stored phones.
    if (text.startsWith('+86')) digits = digits.slice(2);
    else if (text.startsWith('0086')) digits = digits.slice(4);
    return digits.length === 4 ? { kind: 'lastFour', digits } : { kind: 'digits', digits };
  }
  const lower = text.toLowerCase();
  let letters = pinyinQueryOf(lower);
  // 张s: the characters typed so far read as pinyin, the letters after them as more pinyin.
  if (letters === '' && HAN.test(lower) && /[a-z]/.test(lower)) {
    letters = pinyinQueryOf(
      pinyinUnitsOf(lower, { surname: true })
        .map((readings) => readings[0])
        .join(''),
    );
  }
  return { kind: 'name', text: lower, letters };
}

function signatureOf(person: SearchablePerson): string {
  return `${person.name}\u0001${person.phone ?? ''}`;
}

function entryOf(person: SearchablePerson): CustomerSearchEntry {
  return {
    id: person.id,
    signature: signatureOf(person),
    name: person.name.toLowerCase(),
    phone: person.phone ?? '',
    ...pinyinKeyOfUnits(pinyinUnitsOf(person.name, { surname: true })),
  };
}

function reusableEntries(previous: CustomerSearchIndex | undefined) {
  return new Map((previous?.entries ?? []).map((entry) => [entry.id, entry]));
}

function entryFor(
  person: SearchablePerson,
  reusable: ReadonlyMap<string, CustomerSearchEntry>,
): CustomerSearchEntry {
  const old = reusable.get(person.id);
  return old && old.signature === signatureOf(person) ? old : entryOf(person);
}

/** Entry positions by the phone's last four digits and by every 3-digit run in the phone. */
class PhonePostings {
  readonly byLastFour = new Map<string, number[]>();
  /** Index: the run read as a number (0–999); positions ascending, each at most once. */
  readonly byTrigram: number[][] = Array.from({ length: 1000 }, () => []);

  add(phone: string, position: number): void {
    if (phone === '') return;
    const four = lastFour(phone);
    const list = this.byLastFour.get(four);
    if (list) list.push(position);
    else this.byLastFour.set(four, [position]);
    for (let i = 0; i + 3 <= phone.length; i += 1) {
      const posting = this.byTrigram[Number(phone.slice(i, i + 3))]!;
      if (posting[posting.length - 1] !== position) posting.push(position);
    }
  }

  /** Positions of phones that may contain `digits`: the shortest posting of its runs. */
  candidates(digits: string): readonly number[] {
    let best: number[] | null = null;
    for (let i = 0; i + 3 <= digits.length; i += 1) {
      const posting = this.byTrigram[Number(digits.slice(i, i + 3))]!;
      if (best === null || posting.length < best.length) best = posting;
    }
    return best ?? [];
  }
}

/** Ranks: lower is better. */
const RANK = {
  wholePhone: 0,
  phoneEnd: 1,
  phoneStart: 2,
  phoneInside: 3,
  wholeName: 10,
  nameStart: 11,
  nameInside: 12,
  wholePinyin: 13,
  /** pinyinScore's 0–2 are added to this. */
  pinyin: 14,
} as const;

function phoneRank(phone: string, digits: string): number | null {
  if (phone === digits) return RANK.wholePhone;
  if (phone.endsWith(digits)) return RANK.phoneEnd;
  if (phone.startsWith(digits)) return RANK.phoneStart;
  return phone.includes(digits) ? RANK.phoneInside : null;
}

function nameRank(
  entry: CustomerSearchEntry,
  text: string,
  letters: string,
  lettersMask: number,
): number | null {
  // One indexOf, not three comparisons: most entries are misses.
  const at = entry.name.indexOf(text);
  if (at === 0) return entry.name.length === text.length ? RANK.wholeName : RANK.nameStart;
  if (at > 0) return RANK.nameInside;
  const pinyin = pinyinScore(entry, letters, lettersMask);
  if (pinyin === null) return null;
  if (entry.joined === letters || entry.initials === letters) return RANK.wholePinyin;
  return RANK.pinyin + pinyin;
}

type Hit = { position: number; rank: number };

const byRank = (a: Hit, b: Hit) => a.rank - b.rank || a.position - b.position;

function indexOf(
  entries: readonly CustomerSearchEntry[],
  postings: PhonePostings,
): CustomerSearchIndex {
  const ids = (positions: readonly number[], limit: number) =>
    positions.slice(0, limit).map((position) => entries[position]!.id);

  const byDigits = (digits: string, limit: number, skip?: ReadonlySet<number>): Hit[] => {
    if (digits.length < MIN_PHONE_DIGITS) return [];
    const hits: Hit[] = [];
    for (const position of postings.candidates(digits)) {
      if (skip?.has(position)) continue;
      const rank = phoneRank(entries[position]!.phone, digits);
      if (rank !== null) hits.push({ position, rank });
    }
    return hits.sort(byRank).slice(0, limit);
  };

  return {
    entries,
    search(query, options = {}) {
      const limit = options.limit ?? Infinity;
      if (limit <= 0) return [];
      const read = readCustomerQuery(query);
      switch (read.kind) {
        case 'empty':
          return [];
        case 'lastFour': {
          const exact = postings.byLastFour.get(read.digits) ?? [];
          if (exact.length >= limit) return ids(exact, limit);
          const rest = byDigits(read.digits, limit - exact.length, new Set(exact));
          return [
            ...ids(exact, limit),
            ...ids(
              rest.map((hit) => hit.position),
              limit,
            ),
          ];
        }
        case 'phone':
          return ids(
            byDigits(read.phone, limit).map((hit) => hit.position),
            limit,
          );
        case 'digits':
          return ids(
            byDigits(read.digits, limit).map((hit) => hit.position),
            limit,
          );
        case 'name': {
          const lettersMask = letterMaskOf(read.letters);
          const hits: Hit[] = [];
          for (let position = 0; position < entries.length; position += 1) {
            const rank = nameRank(entries[position]!, read.text, read.letters, lettersMask);
            if (rank !== null) hits.push({ position, rank });
          }
          return ids(
            hits.sort(byRank).map((hit) => hit.position),
            limit,
          );
        }
      }
    },
  };
}

/**
 * Builds the index. Pass the previous index to reuse the pinyin of people whose name and phone
 * did not change (a live list rebuilds on every edit); the first call loads pinyin-pro's
 * dictionary.
 */
export function buildCustomerSearchIndex(
  people: readonly SearchablePerson[],
  previous?: CustomerSearchIndex,
): CustomerSearchIndex {
  const reusable = reusableEntries(previous);
  const postings = new PhonePostings();
  const entries = people.map((person, position) => {
    const entry = entryFor(person, reusable);
    postings.add(entry.phone, position);
    return entry;
  });
  return indexOf(entries, postings);
}

/**
 * The same index, built in slices of about `sliceMs` with `pause()` between them, so the first
 * build for 50,000 customers never holds the UI thread longer than a frame.
 */
export async function buildCustomerSearchIndexInSlices(
  people: readonly SearchablePerson[],
  options: { previous?: CustomerSearchIndex } & SliceOptions = {},
): Promise<CustomerSearchIndex> {
  const reusable = reusableEntries(options.previous);
  const postings = new PhonePostings();
  const entries = await mapInSlices(
    people,
    (person, position) => {
      const entry = entryFor(person, reusable);
      postings.add(entry.phone, position);
      return entry;
    },
    options,
  );
  return indexOf(entries, postings);
}

/**
 * Search hits as accounts: a profile merged into another keeps its person (its old name and
 * phone still find it), and stands for the account it was merged into. Each account once, at its
 * best hit; ids `customersById` does not hold are left out.
 */
export function accountHits(
  customerIds: readonly string[],
  customersById: ReadonlyMap<string, Pick<Customer, 'id' | 'mergedInto'>>,
): string[] {
  const seen = new Set<string>();
  const accounts: string[] = [];
  for (const id of customerIds) {
    const customer = customersById.get(id);
    if (!customer) continue;
    const accountId = accountIdOf(customer);
    if (seen.has(accountId)) continue;
    seen.add(accountId);
    accounts.push(accountId);
  }
  return accounts;
}
