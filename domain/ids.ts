/** IDs are made on the device (UUIDv7: time-ordered, collision-free), so records can be created offline. */
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';

export const newId = (): string => uuidv7();

export const idSchema = z.uuid();

/** 32-bit FNV-1a of a text, with a seed so four seeds give 128 bits. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * An id derived from another record's id for one purpose ('expire': the expiry of one points
 * entry), the same wherever and however often it is worked out, so a job that runs twice or a
 * desk and the platform both deriving it write one record. The source id's bits are masked with
 * the purpose's, so different sources give different ids; it is a UUID of version 8.
 */
export function derivedId(sourceId: string, purpose: string): string {
  const hex = sourceId.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new RangeError(`not a UUID: ${sourceId}`);
  const mask = [0, 1, 2, 3]
    .map((seed) => fnv1a(purpose, seed).toString(16).padStart(8, '0'))
    .join('');
  const bytes = Array.from(
    { length: 16 },
    (_, i) =>
      parseInt(hex.slice(i * 2, i * 2 + 2), 16) ^ parseInt(mask.slice(i * 2, i * 2 + 2), 16),
  );
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const out = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20)}`;
}
