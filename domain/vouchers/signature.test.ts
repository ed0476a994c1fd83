import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase32, decodeBase64Url, encodeBase32, encodeBase64Url } from './base32';
import { dammCheckDigit, generateVoucherCodes } from './code';
import { generateVoucherKeyPair, voucherKeyMap, type VoucherKeyPair } from './keys';
import {
  isVoucherQrText,
  parseVoucherQr,
  signVoucher,
  verifyVoucher,
  type VoucherPayload,
} from './signature';

let current: VoucherKeyPair;
let older: VoucherKeyPair;
let keys: Map<string, Uint8Array>;

beforeAll(async () => {
  [older, current] = [await generateVoucherKeyPair(), await generateVoucherKeyPair()];
  keys = new Map([
    [older.keyId, older.publicKey],
    [current.keyId, current.publicKey],
  ]);
});

function payload(overrides: Partial<VoucherPayload> = {}): VoucherPayload {
  return {
    code: generateVoucherCodes(1)[0]!,
    vendorId: '0190a000-0000-7000-8000-000000000001',
    offerId: '0193f2c4-5e6a-7b8c-9d0e-1f2a3b4c5d6e',
    validFrom: 1_764_806_400_000,
    validUntil: 1_767_225_600_000,
    uses: 10,
    keyId: current.keyId,
    ...overrides,
  };
}

/** The QR text with one of its five dot-separated parts replaced. */
function withPart(text: string, index: number, part: string): string {
  const parts = text.split('.');
  parts[index] = part;
  return parts.join('.');
}

describe('base32 and base64url', () => {
  it('round-trip every length and refuse non-canonical spellings', () => {
    for (let length = 0; length <= 70; length += 1) {
      const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
      expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
      expect(decodeBase32(encodeBase32(bytes).toLowerCase())).toEqual(bytes);
      expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
    }
    // 'AB' spends 10 bits on one byte: the two left over must be zero ('AA' is the only 0x00).
    expect(decodeBase32('AA')).toEqual(new Uint8Array([0]));
    expect(decodeBase32('AB')).toBeNull();
    expect(decodeBase32('A1')).toBeNull();
    expect(decodeBase64Url('AB')).toBeNull();
    expect(decodeBase64Url('A+')).toBeNull();
  });
});

describe('signed voucher QR codes', () => {
  it('round-trips: the QR says who issued which voucher for what, and verifies', async () => {
    const signed = payload();
    const text = await signVoucher(current.privateKey, signed);
    expect(text).toMatch(/^VC1\.\d{12}\.[A-Z2-7]{74}\.[A-Z2-7]{8}\.[A-Z2-7]{103}$/);
    expect(text).toHaveLength(204);
    // Every character fits a QR code's alphanumeric mode.
    expect(text).toMatch(/^[0-9A-Z .$%*+\-/:]+$/);
    expect(text.split('.')[1]).toBe(signed.code);
    expect(isVoucherQrText(text)).toBe(true);
    expect(isVoucherQrText(signed.code)).toBe(false);
    expect(await verifyVoucher(keys, text)).toEqual({ ok: true, voucher: signed });
    // A scanner typing with caps lock on, or trailing Enter and spaces, changes nothing.
    expect(await verifyVoucher(keys, ` ${text.toLowerCase()}\n`)).toEqual({
      ok: true,
      voucher: signed,
    });
  });

  it('reads a QR typed by a scanner through a Chinese input method in full-width mode', async () => {
    const signed = payload();
    const text = await signVoucher(current.privateKey, signed);
    // Full-width letters and digits, and '.' turned into the ideographic full stop '。'.
    const fullWidth = [...text]
      .map((char) => (char === '.' ? '。' : String.fromCharCode(char.charCodeAt(0) + 0xfee0)))
      .join('');
    expect(isVoucherQrText(fullWidth)).toBe(true);
    expect(await verifyVoucher(keys, fullWidth)).toEqual({ ok: true, voucher: signed });
  });

  it('refuses a genuine voucher of another shop when the desk says which shop it is', async () => {
    const signed = payload();
    const text = await signVoucher(current.privateKey, signed);
    expect((await verifyVoucher(keys, text, { vendorId: signed.vendorId.toUpperCase() })).ok).toBe(
      true,
    );
    expect(
      await verifyVoucher(keys, text, { vendorId: '0190a000-0000-7000-8000-000000000002' }),
    ).toEqual({ ok: false, reason: 'other_shop' });
  });

  it('refuses a flipped bit anywhere in the signed fields or the signature', async () => {
    const text = await signVoucher(current.privateKey, payload());
    for (const index of [2, 4]) {
      const bytes = decodeBase32(text.split('.')[index]!)!;
      for (let bit = 0; bit < bytes.length * 8; bit += 1) {
        const flipped = bytes.slice();
        flipped[bit >> 3]! ^= 1 << (bit & 7);
        const result = await verifyVoucher(keys, withPart(text, index, encodeBase32(flipped)));
        expect(result.ok, `part ${index}, bit ${bit}`).toBe(false);
        expect(['bad_signature', 'malformed']).toContain(!result.ok && result.reason);
      }
    }
  });

  it('refuses any other character in any place of the text', async () => {
    const text = await signVoucher(current.privateKey, payload());
    for (let at = 0; at < text.length; at += 1) {
      const other = text[at] === '7' ? '6' : text[at] === '.' ? 'A' : '7';
      const changed = text.slice(0, at) + other + text.slice(at + 1);
      expect((await verifyVoucher(keys, changed)).ok, `at ${at}`).toBe(false);
    }
  });

  it('a changed code fails its check digit, or the signature when the new code is valid', async () => {
    const signed = payload();
    const text = await signVoucher(current.privateKey, signed);
    const [otherCode] = generateVoucherCodes(1);
    expect(await verifyVoucher(keys, withPart(text, 1, otherCode!))).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    const wrongDigit = signed.code.slice(0, 11) + ((Number(signed.code[11]) + 1) % 10);
    expect(await verifyVoucher(keys, withPart(text, 1, wrongDigit))).toEqual({
      ok: false,
      reason: 'bad_check_digit',
    });
    expect(parseVoucherQr(withPart(text, 1, wrongDigit))).toEqual({
      ok: false,
      reason: 'bad_check_digit',
    });
  });

  it('refuses a voucher signed with a key the desk does not know, and one re-labelled with a known key id', async () => {
    const stranger = await generateVoucherKeyPair();
    const forged = await signVoucher(stranger.privateKey, payload({ keyId: stranger.keyId }));
    expect(await verifyVoucher(keys, forged)).toEqual({ ok: false, reason: 'unknown_key' });
    // The key id is signed too: claiming the platform's key id does not make the signature good.
    const relabelled = withPart(forged, 3, current.keyId);
    expect(await verifyVoucher(keys, relabelled)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('still verifies a voucher signed with a key retired by a rotation', async () => {
    const before = await signVoucher(older.privateKey, payload({ keyId: older.keyId }));
    const after = await signVoucher(current.privateKey, payload());
    for (const text of [before, after]) expect((await verifyVoucher(keys, text)).ok).toBe(true);
    // A desk that dropped the retired key refuses the older voucher only.
    const currentOnly = new Map([[current.keyId, current.publicKey]]);
    expect(await verifyVoucher(currentOnly, before)).toEqual({ ok: false, reason: 'unknown_key' });
    expect((await verifyVoucher(currentOnly, after)).ok).toBe(true);
  });

  it('takes imported keys as well as raw bytes, as the keys route describes them', async () => {
    const text = await signVoucher(current.privateKey, payload());
    const imported = await globalThis.crypto.subtle.importKey(
      'raw',
      current.publicKey.slice(),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    expect((await verifyVoucher(new Map([[current.keyId, imported]]), text)).ok).toBe(true);
    const fromWire = voucherKeyMap([
      {
        keyId: current.keyId,
        publicKey: encodeBase64Url(current.publicKey),
        createdAt: 1,
        retiredAt: null,
      },
    ]);
    expect((await verifyVoucher(fromWire, text)).ok).toBe(true);
  });

  it('calls anything else malformed', async () => {
    const text = await signVoucher(current.privateKey, payload());
    const body = '12345678901';
    for (const bad of [
      '',
      'VC1',
      body + dammCheckDigit(body),
      text.replace(/^VC1/, 'VC2'),
      `${text}.X`,
      text.slice(0, -1),
      withPart(text, 2, 'A'.repeat(74)), // decodes, but to ids that are no UUIDs
    ]) {
      expect(parseVoucherQr(bad), bad).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('refuses to sign a payload that could not be read back', async () => {
    await expect(signVoucher(current.privateKey, payload({ uses: 0 }))).rejects.toThrow();
    await expect(
      signVoucher(current.privateKey, payload({ validUntil: 1_764_806_400_000 })),
    ).rejects.toThrow();
    await expect(
      signVoucher(current.privateKey, payload({ code: '123456789012' })),
    ).rejects.toThrow();
  });
});
