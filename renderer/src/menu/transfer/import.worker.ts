/** Plans imports off the main thread: a 10 MB file is decoded, parsed and checked here. */
import { analyzeImport, type ImportRequest } from './analyze-import';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  try {
    const analysis = analyzeImport(event.data, (phase) => self.postMessage({ phase }));
    self.postMessage({ analysis });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
