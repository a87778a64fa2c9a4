/**
 * QR hand-over: a packet is put in its compact form (wire.ts), compressed (deflate) and split
 * into a numbered sequence of binary codes (QR byte mode) small enough for a phone camera to
 * read at arm's length. Each code is "CM2", a 4-byte set id, its number, the count, a 2-byte
 * check and its share of the bytes; the set id ties the codes of one packet together so codes
 * from two people cannot be mixed, and the check tells a misread code from a good one.
 *
 * Codes made by earlier versions ("CM1:<set>:<n>/<total>:<base64url>", text) are still read.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { INCOMING_LIMITS, type AnswersPacket, type DataFile, type InvitationPacket } from './format';
import { parseDataObject, problems, type ParseResult } from './parse';
import { answersToWire, fromWire, invitationToWire, UnknownPrompt } from './wire';

const PREFIX = 'CM1';
/** Characters of payload per code in the old text codes (still used by tests of old codes). */
export const QR_CHUNK_CHARS = 600;
/**
 * Bytes of payload per binary code at most: with the 11-byte header, a version 13 code (69 x 69
 * modules) at medium error correction, which a phone reads at arm's length. Codes are made equal
 * in size, so two codes of a 400-byte packet are each about version 10.
 */
export const QR_CHUNK_BYTES = 320;
const MAGIC = [0x43, 0x4d, 0x32]; // "CM2"
const HEADER = 11;


/** A short, stable id for a payload (FNV-1a), so re-showing the same codes gives the same set. */
function setIdOf(payload: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i++) {
    hash ^= payload.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

function fnv32(bytes: Uint8Array, start = 0): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < bytes.length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The compact, compressed bytes of a hand-over packet. */
export function compressCompact(packet: AnswersPacket | InvitationPacket): Uint8Array {
  const wire = 'participant' in packet ? answersToWire(packet) : invitationToWire(packet);
  return deflateSync(strToU8(JSON.stringify(wire)), { level: 9 });
}

/** The binary QR codes of a hand-over packet, in order: each is one QR code in byte mode. */
export function packetToQrCodes(packet: AnswersPacket | InvitationPacket, maxChunk = QR_CHUNK_BYTES): Uint8Array[] {
  const payload = compressCompact(packet);
  const total = Math.max(1, Math.ceil(payload.length / maxChunk));
  const size = Math.ceil(payload.length / total);
  const set = fnv32(payload);
  return Array.from({ length: total }, (_, i) => {
    const part = payload.subarray(i * size, (i + 1) * size);
    const code = new Uint8Array(HEADER + part.length);
    code.set(MAGIC, 0);
    new DataView(code.buffer).setUint32(3, set);
    code[7] = i + 1;
    code[8] = total;
    code.set(part, HEADER);
    const check = fnv32(code.subarray(0, 9)) ^ fnv32(part);
    code[9] = (check >>> 8) & 0xff;
    code[10] = check & 0xff;
    return code;
  });
}

/** One binary code's parts, or undefined when it is not a sound code of this app (misread, foreign). */
export function readBinaryCode(code: Uint8Array): { set: string; index: number; total: number; part: Uint8Array } | undefined {
  if (code.length < HEADER || code[0] !== MAGIC[0] || code[1] !== MAGIC[1] || code[2] !== MAGIC[2]) return undefined;
  const index = code[7]!;
  const total = code[8]!;
  if (index < 1 || index > total || total > INCOMING_LIMITS.qrCodes) return undefined;
  const part = code.subarray(HEADER);
  const check = fnv32(code.subarray(0, 9)) ^ fnv32(part);
  if (code[9] !== ((check >>> 8) & 0xff) || code[10] !== (check & 0xff)) return undefined;
  return { set: `b${new DataView(code.buffer, code.byteOffset).getUint32(3).toString(36)}`, index, total, part };
}

export function compressPacket(packet: DataFile): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(packet)), { level: 9 }));
}

/** The texts of the QR codes for a packet, in order. */
export function packetToQrTexts(packet: DataFile, chunkChars = QR_CHUNK_CHARS): string[] {
  const payload = compressPacket(packet);
  const total = Math.max(1, Math.ceil(payload.length / chunkChars));
  const set = setIdOf(payload);
  return Array.from({ length: total }, (_, i) => `${PREFIX}:${set}:${i + 1}/${total}:${payload.slice(i * chunkChars, (i + 1) * chunkChars)}`);
}

export interface ScanProgress {
  set: string;
  have: number;
  total: number;
  /** Numbers (1-based) still to scan. */
  missing: number[];
  complete: boolean;
}

export type ScanOutcome =
  | { kind: 'foreign' }
  | { kind: 'misread' }
  | { kind: 'progress'; progress: ScanProgress; isNew: boolean };

/** Collects scanned codes in any order; a code from a new set starts that set's own collection. */
export class QrCollector {
  private sets = new Map<string, { total: number; parts: Map<number, string | Uint8Array> }>();
  private latest: string | undefined;

  /** A code as the decoder read it: its bytes (binary codes of this version, or an old text code). */
  addBytes(bytes: Uint8Array): ScanOutcome {
    const code = readBinaryCode(bytes);
    if (!code && bytes[0] === MAGIC[0] && bytes[1] === MAGIC[1] && bytes[2] === MAGIC[2]) return { kind: 'misread' };
    if (!code) {
      // An old text code, or something else entirely.
      const text = strFromU8(bytes, true);
      return text.startsWith(`${PREFIX}:`) ? this.add(text) : { kind: 'foreign' };
    }
    return this.store(code.set, code.index, code.total, code.part.slice());
  }

  add(text: string): ScanOutcome {
    const match = /^CM1:([0-9a-z]{1,12}):(\d{1,4})\/(\d{1,4}):([A-Za-z0-9_-]*)$/.exec(text.trim());
    if (!match) return { kind: 'foreign' };
    const [, set, n, total, part] = match as unknown as [string, string, string, string, string];
    const index = Number(n);
    const count = Number(total);
    if (index < 1 || index > count || count > INCOMING_LIMITS.qrCodes) return { kind: 'foreign' };
    return this.store(set, index, count, part);
  }

  private store(set: string, index: number, count: number, part: string | Uint8Array): ScanOutcome {
    let entry = this.sets.get(set);
    if (!entry || entry.total !== count) {
      entry = { total: count, parts: new Map() };
      this.sets.set(set, entry);
    }
    const isNew = !entry.parts.has(index);
    entry.parts.set(index, part);
    this.latest = set;
    return { kind: 'progress', progress: this.progressOf(set)!, isNew };
  }

  progressOf(set = this.latest): ScanProgress | undefined {
    const entry = set ? this.sets.get(set) : undefined;
    if (!set || !entry) return undefined;
    const missing: number[] = [];
    for (let i = 1; i <= entry.total; i++) if (!entry.parts.has(i)) missing.push(i);
    return { set, have: entry.total - missing.length, total: entry.total, missing, complete: missing.length === 0 };
  }

  /** The packet of a complete set, checked like any file. */
  result(set = this.latest): ParseResult {
    const entry = set ? this.sets.get(set) : undefined;
    if (!entry || entry.parts.size < entry.total) return { ok: false, problem: problems.invalid('Some codes are still missing') };
    const parts = [...Array(entry.total).keys()].map((i) => entry.parts.get(i + 1)!);
    if (parts.every((p) => typeof p === 'string')) return decodeQrPayload(parts.join(''));
    if (!parts.every((p) => p instanceof Uint8Array)) return { ok: false, problem: { kind: 'not-ours', message: NOT_READ } };
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      bytes.set(p, offset);
      offset += p.length;
    }
    return decodeCompact(bytes);
  }

  reset(): void {
    this.sets.clear();
    this.latest = undefined;
  }
}

class TooLarge extends Error {}

/**
 * Inflate at most `max` bytes. The compressed input is fed in small pieces (deflate expands a
 * byte at most about 1,000 times), so a hostile payload that would inflate to gigabytes is
 * stopped after about `max` bytes, never allocated whole.
 */
export function inflateBounded(bytes: Uint8Array, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) throw new TooLarge();
    chunks.push(chunk);
  });
  const STEP = 512;
  for (let i = 0; i < bytes.length; i += STEP) inflater.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
  if (bytes.length === 0) inflater.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const NOT_READ = 'These codes could not be read as answers from this app. Show the codes again and scan them once more.';
const TOO_BIG = 'These codes hold far more than answers or an invitation ever do, so they were not read. Nothing on this device has changed.';

/** The packet in a set of binary codes' bytes, joined: inflated (bounded), rebuilt, then checked like any file. */
export function decodeCompact(bytes: Uint8Array): ParseResult {
  let wire: unknown;
  try {
    wire = JSON.parse(strFromU8(inflateBounded(bytes, INCOMING_LIMITS.inflatedQrBytes)));
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, problem: { kind: 'too-big', message: TOO_BIG } };
    return { ok: false, problem: { kind: 'not-ours', message: NOT_READ } };
  }
  let packet: unknown;
  try {
    packet = fromWire(wire);
  } catch (error) {
    if (error instanceof UnknownPrompt) {
      return {
        ok: false,
        problem: {
          kind: 'newer',
          message:
            'These codes ask statements this version of the app does not know, so they were made by a newer version. Update the app on this device (reload it while online), or take the invitation in as a file.',
        },
      };
    }
    throw error;
  }
  if (!packet) return { ok: false, problem: { kind: 'not-ours', message: NOT_READ } };
  return parseDataObject(packet);
}

export function decodeQrPayload(payload: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateBounded(fromBase64Url(payload), INCOMING_LIMITS.inflatedQrBytes)));
  } catch (error) {
    if (error instanceof TooLarge) {
      return { ok: false, problem: { kind: 'too-big', message: TOO_BIG } };
    }
    return { ok: false, problem: { kind: 'not-ours', message: NOT_READ } };
  }
  return parseDataObject(json);
}

/** Join the texts of scanned codes (any order) into a packet. */
export function qrTextsToPacket(texts: readonly string[]): ParseResult {
  const collector = new QrCollector();
  for (const text of texts) collector.add(text);
  const progress = collector.progressOf();
  if (!progress) return { ok: false, problem: { kind: 'not-ours', message: 'These are not codes from this app.' } };
  if (!progress.complete) return { ok: false, problem: problems.invalid(`Codes ${progress.missing.join(', ')} of ${progress.total} are still missing`) };
  return collector.result();
}
