/**
 * The per-table checksum a pull carries, so a client can prove its copy of the platform's rows
 * matches. It is order-independent (a sum of row hashes), so either end can keep it up to date
 * row by row instead of rereading a table: add a row's hash when it appears, remove the old one
 * when it changes or is deleted. Not cryptographic: it detects divergence, not tampering.
 */

/**
 * JSON with object keys sorted (by UTF-16 code units, JavaScript's default sort) at every level and
 * no whitespace. Keys whose value is undefined are left out and undefined array items become null,
 * exactly as JSON.stringify does, so a row stored as JSON and read back gives the same text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Same as JSON.stringify for primitives; undefined at the top level has no JSON form.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined || typeof item === 'function') continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(',')}}`;
}

/** Two independent 32-bit lanes (cyrb53's mixing) over the UTF-16 code units of `text`. */
export type RowHash = readonly [number, number];

export function hashText(text: string): RowHash {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/** The hash of one row: the row's canonical JSON (including its id), nothing else. */
export function rowHash(row: Record<string, unknown>): RowHash {
  return hashText(canonicalJson(row));
}

/**
 * A running table checksum: the row count and each lane's sum modulo 2^32. Rendered as
 * `<count>:<lane1 hex8><lane2 hex8>`; an empty table is `0:0000000000000000`.
 */
export class TableChecksum {
  constructor(
    public count = 0,
    public sumA = 0,
    public sumB = 0,
  ) {}

  addHash([a, b]: RowHash): this {
    this.count += 1;
    this.sumA = (this.sumA + a) >>> 0;
    this.sumB = (this.sumB + b) >>> 0;
    return this;
  }

  removeHash([a, b]: RowHash): this {
    this.count -= 1;
    this.sumA = (this.sumA - a) >>> 0;
    this.sumB = (this.sumB - b) >>> 0;
    return this;
  }

  add(row: Record<string, unknown>): this {
    return this.addHash(rowHash(row));
  }

  remove(row: Record<string, unknown>): this {
    return this.removeHash(rowHash(row));
  }

  toString(): string {
    return `${this.count}:${hex8(this.sumA)}${hex8(this.sumB)}`;
  }
}

function hex8(lane: number): string {
  return lane.toString(16).padStart(8, '0');
}

/**
 * The checksum of a table's live rows (deleted records are not rows). A client compares this,
 * computed over the rows it holds as the platform's truth, with the pull's `checksums[table]`.
 */
export function tableChecksum(rows: Iterable<Record<string, unknown>>): string {
  const sum = new TableChecksum();
  for (const row of rows) sum.add(row);
  return sum.toString();
}
