/**
 * What a QR the camera read is to the desk: a voucher's QR (its text goes to the desk, which
 * parses it and checks the signature), or some other QR (a payment code, a web link), which the
 * desk names as such and keeps scanning.
 */
import { isVoucherQrText } from '@domain/vouchers/signature';

export type ScanOutcome = { kind: 'voucher'; text: string } | { kind: 'other' };

/** The first voucher QR among the texts of one frame, else 'other'. */
export function readScan(texts: readonly string[]): ScanOutcome {
  const voucher = texts.find((text) => isVoucherQrText(text));
  return voucher === undefined ? { kind: 'other' } : { kind: 'voucher', text: voucher.trim() };
}
