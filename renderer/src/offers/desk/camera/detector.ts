/**
 * Which QR decoder the desk's camera uses: the browser's own BarcodeDetector where it says it
 * reads QR codes (Chromium on macOS and Android; on Windows and Linux it exists but reads
 * nothing, mdn/browser-compat-data#7184), otherwise the barcode-detector ponyfill, whose
 * WebAssembly ships with the app (wasm-detector.ts). Both have the same shape, so the frame
 * loop does not care which it got.
 */

/** What the desk needs of a detector: the texts of the QR codes in one frame. */
export interface QrDetector {
  detect(
    source: HTMLVideoElement | ImageBitmapSource,
  ): Promise<ReadonlyArray<{ rawValue: string }>>;
}

/** The BarcodeDetector constructor, the browser's or the ponyfill's. */
export interface QrDetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<readonly string[]>;
}

export type DetectorKind = 'native' | 'wasm';

export interface ChosenDetector {
  kind: DetectorKind;
  detector: QrDetector;
}

/** The browser's BarcodeDetector, when this browser has one at all. */
export function nativeDetectorClass(scope: object = globalThis): QrDetectorClass | undefined {
  const candidate = (scope as { BarcodeDetector?: unknown }).BarcodeDetector;
  return typeof candidate === 'function' ? (candidate as QrDetectorClass) : undefined;
}

async function readsQr(detectorClass: QrDetectorClass): Promise<boolean> {
  try {
    return (await detectorClass.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

/**
 * The native detector if it reads QR codes, else the one `loadWasm` gives (loaded only then: a
 * desk whose browser reads QR codes never fetches the wasm).
 */
export async function chooseQrDetector(options: {
  native: QrDetectorClass | undefined;
  loadWasm: () => Promise<QrDetectorClass>;
}): Promise<ChosenDetector> {
  const { native, loadWasm } = options;
  if (native && (await readsQr(native))) {
    try {
      return { kind: 'native', detector: new native({ formats: ['qr_code'] }) };
    } catch {
      // A browser that lists qr_code but cannot make a detector: fall through to the wasm one.
    }
  }
  const wasm = await loadWasm();
  return { kind: 'wasm', detector: new wasm({ formats: ['qr_code'] }) };
}
