/**
 * Reading a QR code from a camera frame (issue 13, item 8). The browser's own BarcodeDetector is
 * used where it exists (Android, macOS, ChromeOS); everywhere else, and whenever its reading is
 * not a sound code of this app, zxing-wasm (ZXing C++ compiled to WebAssembly), which reads dense
 * codes that jsQR missed. The WebAssembly file is served from this app's own origin and
 * precached, so scanning works offline and never reaches a CDN.
 */
import { readBinaryCode } from '../../exchange/qr';

export interface QrDecoder {
  /** The bytes of the QR code in the frame, or undefined when none is read. */
  decode(frame: ImageData, canvas: HTMLCanvasElement): Promise<Uint8Array | undefined>;
  /** Which decoder read the last code, for the benchmark and tests. */
  readonly name: string;
}

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
};

/** A string from BarcodeDetector as bytes, when each character is one byte (ISO 8859-1, as byte-mode QR is read). */
function latin1Bytes(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return undefined;
    bytes[i] = code;
  }
  return bytes;
}

/** A reading this app can use: a sound binary code, or an old text code. */
function usable(bytes: Uint8Array | undefined): bytes is Uint8Array {
  if (!bytes) return false;
  return !!readBinaryCode(bytes) || (bytes[0] === 0x43 && bytes[1] === 0x4d && bytes[2] === 0x31 && bytes[3] === 0x3a);
}

let zxing: Promise<(frame: ImageData) => Promise<Uint8Array | undefined>> | undefined;

/** zxing-wasm, loaded once, with its WebAssembly from this origin (never the CDN it defaults to). */
export function loadZxing(): Promise<(frame: ImageData) => Promise<Uint8Array | undefined>> {
  zxing ??= Promise.all([import('zxing-wasm/reader'), import('zxing-wasm/reader/zxing_reader.wasm?url')]).then(async ([reader, wasm]) => {
    await reader.prepareZXingModule({
      overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasm.default : prefix + path) },
      fireImmediately: true,
    });
    return async (frame: ImageData) => {
      const [result] = await reader.readBarcodes(frame, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
      return result?.isValid ? result.bytes : undefined;
    };
  });
  return zxing;
}

export async function createQrDecoder(): Promise<QrDecoder> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  let native: BarcodeDetectorLike | undefined;
  if (Detector) {
    try {
      if ((await Detector.getSupportedFormats()).includes('qr_code')) native = new Detector({ formats: ['qr_code'] });
    } catch {
      native = undefined;
    }
  }
  const read = await loadZxing();
  const decoder = {
    name: native ? 'BarcodeDetector' : 'zxing-wasm',
    async decode(frame: ImageData, canvas: HTMLCanvasElement) {
      if (native) {
        try {
          const [found] = await native.detect(canvas);
          const bytes = found ? latin1Bytes(found.rawValue) : undefined;
          if (usable(bytes)) {
            decoder.name = 'BarcodeDetector';
            return bytes;
          }
        } catch {
          // Fall through to zxing for this frame.
        }
      }
      const bytes = await read(frame);
      if (bytes) decoder.name = 'zxing-wasm';
      return bytes;
    },
  };
  return decoder;
}
