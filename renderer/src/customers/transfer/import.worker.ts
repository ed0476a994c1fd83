/** Reads an imported customer file off the main thread: a 10,000-row file is decoded and checked here. */
import { readCustomerFile } from '@domain/customers/import/read';
import type { ReadRequest } from './run-import';

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  try {
    self.postMessage({
      read: readCustomerFile(new Uint8Array(event.data.bytes), event.data.mapping),
    });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
