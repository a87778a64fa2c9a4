/**
 * Check a file's text off the main thread (parseWorker.ts), so that a large or hostile file never
 * freezes the page. Where workers are missing (tests in jsdom, very old engines) the same check
 * runs here.
 */
import { MAX_IMPORT_BYTES } from './format';
import { parsePromptSetFile, type ParseResult as PromptSetResult } from '../features/words/importFormat';
import { parseDataFile, problems, type ParseResult } from './parse';
import { TransferAssembler, type TransferMessage } from './transfer';

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module', name: 'check a file' });
  } catch {
    return undefined;
  }
}

/** Check a prompt-set file (CSV or JSON statements) off the main thread. */
export function parsePromptSetOffThread(fileName: string, text: string): Promise<PromptSetResult> {
  const worker = startWorker();
  if (!worker) return Promise.resolve(parsePromptSetFile(fileName, text));
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<{ kind: 'prompt-set'; result: PromptSetResult }>) => {
      worker.terminate();
      resolve(event.data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve({ ok: false, problems: [{ message: 'The file could not be checked. Check that it is the right file.' }] });
    };
    worker.postMessage({ kind: 'prompt-set', fileName, text });
  });
}

export function parseOffThread(text: string): Promise<ParseResult> {
  const started = startWorker();
  if (!started) return Promise.resolve(parseDataFile(text));
  const worker = started;
  return new Promise((resolve) => {
    const assembler = new TransferAssembler();
    const finish = (result: ParseResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<TransferMessage>) => {
      const whole = assembler.add(event.data);
      if (whole) finish(whole);
    };
    // A worker that dies (out of memory on a hostile file) leaves a file that could not be checked.
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, problem: problems.invalid('The file could not be checked') });
    };
    worker.postMessage({ kind: 'data', text });
  });
}

function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  // Older engines (and jsdom) only have FileReader.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Read a File (or Blob) from an <input type="file"> or a drop, refusing huge files unread. */
export async function readDataFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: problems.tooBig(file.size) };
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { ok: false, problem: problems.notJson() };
  }
  return parseOffThread(text);
}
