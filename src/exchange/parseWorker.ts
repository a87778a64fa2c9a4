/**
 * A worker that checks a file's text (JSON, shape, every record, the links between records), so
 * that a large backup never blocks the page: the main thread stays free for input while it runs.
 * The checked records go back in slices (see parseOffThread.ts), each a short task to receive.
 */
import { parseDataFile } from './parse';
import { sliceForTransfer } from './transfer';

self.onmessage = (event: MessageEvent<{ text: string }>) => {
  const result = parseDataFile(event.data.text);
  for (const message of sliceForTransfer(result)) self.postMessage(message);
};
