/**
 * A worker that checks a file's text, so that a large or hostile file never blocks the page: the
 * main thread stays free for input while it runs. Two kinds of file: our data files (JSON,
 * shape, every record, the links between records), whose checked records go back in slices (see
 * transfer.ts), and prompt-set files (CSV or JSON statements, see features/words/importFormat.ts).
 */
import { parsePromptSetFile } from '../features/words/importFormat';
import { parseDataFile } from './parse';
import { sliceForTransfer } from './transfer';

export type WorkerRequest = { kind: 'data'; text: string } | { kind: 'prompt-set'; fileName: string; text: string };

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'prompt-set') {
    self.postMessage({ kind: 'prompt-set', result: parsePromptSetFile(request.fileName, request.text) });
    return;
  }
  for (const message of sliceForTransfer(parseDataFile(request.text))) self.postMessage(message);
};
