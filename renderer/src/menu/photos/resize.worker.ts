/** Resizes photos off the main thread; answers each request with the result or the failure. */
import { resizeImage } from './resize-image';

self.onmessage = async (event: MessageEvent<{ id: number; file: Blob }>) => {
  const { id, file } = event.data;
  try {
    self.postMessage({ id, ok: true, photo: await resizeImage(file) });
  } catch (error) {
    self.postMessage({ id, ok: false, error: String(error) });
  }
};
