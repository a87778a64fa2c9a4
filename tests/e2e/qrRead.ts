/**
 * Reading a screenshot of a QR code in the test process with zxing-wasm, the decoder the app
 * itself uses (src/features/handover/qrDecoder.ts), its WebAssembly from node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
let ready: Promise<unknown> | undefined;

export async function readQrPng(png: Buffer): Promise<Uint8Array | undefined> {
  ready ??= prepareZXingModule({
    // Node has no page to fetch from: the WebAssembly is handed over as bytes.
    overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer as ArrayBuffer },
    fireImmediately: true,
  });
  await ready;
  const [result] = await readBarcodes(new Uint8Array(png), { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
  return result?.isValid ? result.bytes : undefined;
}
