import { describe, expect, it } from 'vitest';
import { chooseQrDetector, nativeDetectorClass, type QrDetectorClass } from './detector';

/** A detector class as a browser would have it, reading `formats`. */
function detectorClass(
  name: string,
  formats: readonly string[] | Error,
): QrDetectorClass & {
  made: string[][];
} {
  const made: string[][] = [];
  return class {
    static made = made;
    readonly name = name;
    constructor(options: { formats: string[] }) {
      made.push(options.formats);
    }
    static getSupportedFormats(): Promise<readonly string[]> {
      return formats instanceof Error ? Promise.reject(formats) : Promise.resolve(formats);
    }
    detect() {
      return Promise.resolve([]);
    }
  };
}

function wasmLoader() {
  const wasm = detectorClass('wasm', ['qr_code', 'ean_13']);
  const loader = { loads: 0, load: () => (loader.loads++, Promise.resolve(wasm)), wasm };
  return loader;
}

describe('chooseQrDetector', () => {
  it('uses the browser detector when it reads QR codes, and never loads the wasm', async () => {
    const native = detectorClass('native', ['ean_13', 'qr_code']);
    const loader = wasmLoader();
    const chosen = await chooseQrDetector({ native, loadWasm: loader.load });
    expect(chosen.kind).toBe('native');
    expect(native.made).toEqual([['qr_code']]);
    expect(loader.loads).toBe(0);
  });

  it('takes the wasm detector where the browser has one that reads no QR (Windows, Linux)', async () => {
    const native = detectorClass('native', []);
    const loader = wasmLoader();
    const chosen = await chooseQrDetector({ native, loadWasm: loader.load });
    expect(chosen.kind).toBe('wasm');
    expect(native.made).toEqual([]);
    expect(loader.wasm.made).toEqual([['qr_code']]);
  });

  it('takes the wasm detector where the browser has none, or its format list fails', async () => {
    for (const native of [undefined, detectorClass('native', new Error('NotSupported'))]) {
      const loader = wasmLoader();
      expect((await chooseQrDetector({ native, loadWasm: loader.load })).kind).toBe('wasm');
      expect(loader.loads).toBe(1);
    }
  });

  it('falls back to the wasm when the browser lists qr_code but cannot make a detector', async () => {
    const broken = class extends detectorClass('native', ['qr_code']) {
      constructor() {
        super({ formats: [] });
        throw new TypeError('not supported');
      }
    };
    const loader = wasmLoader();
    expect((await chooseQrDetector({ native: broken, loadWasm: loader.load })).kind).toBe('wasm');
  });

  it('passes on a wasm that cannot load, for the panel to say so', async () => {
    await expect(
      chooseQrDetector({ native: undefined, loadWasm: () => Promise.reject(new Error('404')) }),
    ).rejects.toThrow('404');
  });
});

describe('nativeDetectorClass', () => {
  it('finds a BarcodeDetector constructor in the scope, and nothing else', () => {
    const native = detectorClass('native', ['qr_code']);
    expect(nativeDetectorClass({ BarcodeDetector: native })).toBe(native);
    expect(nativeDetectorClass({})).toBeUndefined();
    expect(nativeDetectorClass({ BarcodeDetector: 'no' })).toBeUndefined();
  });
});
