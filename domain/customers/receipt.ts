/**
 * Receipt numbers unique in the shop without asking the platform: the desk's code (from its
 * device id, which no other desk of the shop has), the business date, and the desk's own counter
 * for that day: 'K7Q2MD-20261202-0001'.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U

/** Six characters from a device id's random bits (its last 30): 2^30 codes per shop. */
export function deskCode(deviceId: string): string {
  const hex = deviceId.replace(/-/g, '');
  let bits = BigInt(`0x${hex.slice(-8)}`) & ((1n << 30n) - 1n);
  let code = '';
  for (let i = 0; i < 6; i += 1) {
    code = ALPHABET[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return code;
}

export function receiptNumber(code: string, businessDate: string, counter: number): string {
  if (!Number.isInteger(counter) || counter < 1 || counter > 999_999)
    throw new RangeError(`bad counter ${counter}`);
  return `${code}-${businessDate.replaceAll('-', '')}-${String(counter).padStart(4, '0')}`;
}

/** The desk code a receipt number starts with (Needs attention names the desk by it). */
export const deskCodeOf = (receiptNo: string): string => receiptNo.slice(0, 6);
