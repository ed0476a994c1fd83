/**
 * Customers' phone numbers (personal data): read from what the counter or an old system's export
 * holds ('138 1234 5678', '+86-138-1234-5678', '（010）8765-4321', full-width digits), stored
 * normalised as digits only (a mobile's 11, a landline's area code with its leading 0 and the
 * number), shown masked in every list (138****1234) and whole only where the shop asks for it.
 */

export type PhoneParseError = 'empty' | 'not_a_phone';
export type PhoneParseResult = { ok: true; phone: string } | { ok: false; error: PhoneParseError };

/** A mainland mobile: 1, then 3–9, then nine digits. */
const MOBILE = /^1[3-9]\d{9}$/;
/** A landline: 0, a 2- or 3-digit area code (010, 0755), a 7- or 8-digit number. */
const LANDLINE = /^0\d{9,11}$/;

function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Normalises a typed or imported phone number, or says why it is not one. */
export function normalizePhone(input: string): PhoneParseResult {
  const text = halfWidthDigits(input).trim();
  if (text === '') return { ok: false, error: 'empty' };
  // Separators people and exports use; anything else (letters, an extension) is not a phone.
  if (!/^[+\d\s\-()（）.]+$/.test(text)) return { ok: false, error: 'not_a_phone' };
  let digits = text.replace(/\D/g, '');
  if (text.startsWith('+') || text.startsWith('0086')) {
    const country = text.startsWith('0086') ? '0086' : '86';
    if (!digits.startsWith(country)) return { ok: false, error: 'not_a_phone' };
    digits = digits.slice(country.length);
    // +86 10 8765 4321: a landline written internationally drops its trunk 0.
    if (!MOBILE.test(digits) && LANDLINE.test(`0${digits}`)) digits = `0${digits}`;
  }
  if (MOBILE.test(digits) || LANDLINE.test(digits)) return { ok: true, phone: digits };
  return { ok: false, error: 'not_a_phone' };
}

export const isMobile = (phone: string): boolean => MOBILE.test(phone);

/** A landline's area code: 3 digits for Beijing, Tianjin and the 02x cities, else 4. */
function areaCodeLength(phone: string): number {
  return phone.startsWith('01') || phone.startsWith('02') ? 3 : 4;
}

/** The whole number as the profile shows it: 13812341234, 010-87654321. */
export function formatPhone(phone: string): string {
  if (!LANDLINE.test(phone)) return phone;
  const area = areaCodeLength(phone);
  return `${phone.slice(0, area)}-${phone.slice(area)}`;
}

/**
 * The number as every list shows it: the first three and the last four digits (138****1234), a
 * landline's area code and last four (010-****4321). Always four stars, so the length of the
 * hidden part is not revealed either.
 */
export function maskPhone(phone: string): string {
  if (LANDLINE.test(phone))
    return `${phone.slice(0, areaCodeLength(phone))}-****${phone.slice(-4)}`;
  if (phone.length < 8) return '****';
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** The last four digits, which the counter searches by. */
export const lastFour = (phone: string): string => phone.slice(-4);
