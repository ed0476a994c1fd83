/**
 * The decoder the app ships: the .wasm file the build serves is the one the barcode-detector
 * ponyfill was built against (its SHA-256), and it reads a real signed voucher QR as the e2e
 * spec's fake camera shows it (e2e/support/qr-video.ts), in Node, from the file on disk.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { ZXING_WASM_SHA256, ZXING_WASM_VERSION } from 'barcode-detector/ponyfill';
import { describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { newId } from '@domain/ids';
import { generateVoucherCodes } from '@domain/vouchers/code';
import { generateVoucherKeyPair } from '@domain/vouchers/keys';
import { signVoucher } from '@domain/vouchers/signature';
import { qrLuma } from '../../../../../e2e/support/qr-video';
import { locateZxingFile, zxingWasmUrl } from './wasm-detector';

const require = createRequire(import.meta.url);
const wasmPath = require.resolve('zxing-wasm/reader/zxing_reader.wasm');
const zxingPackage = JSON.parse(
  readFileSync(resolve(dirname(wasmPath), '../../package.json'), 'utf8'),
) as { version: string };

describe('the shipped QR decoder', () => {
  it('is the wasm the ponyfill expects, version and bytes', () => {
    expect(zxingPackage.version).toBe(ZXING_WASM_VERSION);
    const sha = createHash('sha256').update(readFileSync(wasmPath)).digest('hex');
    expect(sha).toBe(ZXING_WASM_SHA256);
  });

  it('is located in the app, never on a CDN', () => {
    expect(zxingWasmUrl).toMatch(/zxing_reader.*\.wasm$/);
    expect(zxingWasmUrl).not.toMatch(/^https?:/);
    expect(locateZxingFile('zxing_reader.wasm', 'https://fastly.example/')).toBe(zxingWasmUrl);
    expect(locateZxingFile('zxing_reader.data', '/assets/')).toBe('/assets/zxing_reader.data');
  });

  it('reads a signed voucher QR drawn as the fake camera shows it', async () => {
    const wasmBinary = readFileSync(wasmPath);
    await prepareZXingModule({
      overrides: { wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset) as ArrayBuffer },
      fireImmediately: true,
    });
    const pair = await generateVoucherKeyPair();
    const qr = await signVoucher(pair.privateKey, {
      code: generateVoucherCodes(1)[0]!,
      vendorId: newId(),
      offerId: newId(),
      validFrom: Date.UTC(2026, 11, 1),
      validUntil: Date.UTC(2026, 11, 31),
      uses: 1,
      keyId: pair.keyId,
    });
    const width = 640;
    const height = 480;
    const { luma, moduleSize } = qrLuma(qr, width, height);
    expect(moduleSize).toBeGreaterThanOrEqual(6);
    const rgba = new Uint8ClampedArray(width * height * 4);
    luma.forEach((value, i) => rgba.set([value, value, value, 255], i * 4));
    const [read, ...more] = await readBarcodes(
      { data: rgba, width, height, colorSpace: 'srgb' } as ImageData,
      { formats: ['QRCode'] },
    );
    expect(more).toEqual([]);
    expect(read?.text).toBe(qr);
  });
});
