/**
 * The barcode-detector ponyfill (zxing-cpp as WebAssembly) with its .wasm taken from the app
 * itself: a Vite asset of this build, precached by the web build's service worker and served
 * by the desktop's app:// scheme. By default the ponyfill fetches it from a CDN, which the CSP
 * forbids and which an offline counter cannot reach (Sec-ant/zxing-wasm#95). barcode-detector
 * and zxing-wasm are pinned together in package.json, and a test checks that the shipped file
 * is the one this ponyfill expects (its SHA-256).
 */
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { QrDetectorClass } from './detector';

/** Where the app serves the decoder's WebAssembly (a path of this build, never the internet). */
export const zxingWasmUrl: string = wasmUrl;

/** The wasm file for a name the Emscripten loader asks for; anything else stays beside it. */
export function locateZxingFile(path: string, prefix: string): string {
  return path.endsWith('.wasm') ? zxingWasmUrl : prefix + path;
}

let loading: Promise<QrDetectorClass> | undefined;

/**
 * Loads the ponyfill's code (its own chunk) and instantiates the wasm now, so a decoder that
 * cannot load is reported when the camera opens rather than silently on every frame.
 */
export function loadWasmDetector(): Promise<QrDetectorClass> {
  loading ??= (async () => {
    const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
    await prepareZXingModule({
      overrides: { locateFile: locateZxingFile },
      fireImmediately: true,
    });
    return BarcodeDetector as unknown as QrDetectorClass;
  })();
  // A failed load may be retried (the next opening of the camera).
  loading.catch(() => (loading = undefined));
  return loading;
}
