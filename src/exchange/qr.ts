/**
 * QR hand-over: a packet is compressed (deflate), written as base64url text, and split into a
 * numbered sequence of codes small enough for a tablet camera to read at arm's length.
 * Each code reads "CM1:<set>:<n>/<total>:<part>"; the set id ties the codes of one packet together
 * so codes from two people cannot be mixed.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { INCOMING_LIMITS, type DataFile } from './format';
import { parseDataObject, problems, type ParseResult } from './parse';

const PREFIX = 'CM1';
/** Characters of payload per code: about a version 19 code at medium error correction. */
export const QR_CHUNK_CHARS = 600;


/** A short, stable id for a payload (FNV-1a), so re-showing the same codes gives the same set. */
function setIdOf(payload: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i++) {
    hash ^= payload.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
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
  | { kind: 'progress'; progress: ScanProgress; isNew: boolean };

/** Collects scanned codes in any order; a code from a new set starts that set's own collection. */
export class QrCollector {
  private sets = new Map<string, { total: number; parts: Map<number, string> }>();
  private latest: string | undefined;

  add(text: string): ScanOutcome {
    const match = /^CM1:([0-9a-z]{1,12}):(\d{1,4})\/(\d{1,4}):([A-Za-z0-9_-]*)$/.exec(text.trim());
    if (!match) return { kind: 'foreign' };
    const [, set, n, total, part] = match as unknown as [string, string, string, string, string];
    const index = Number(n);
    const count = Number(total);
    if (index < 1 || index > count || count > INCOMING_LIMITS.qrCodes) return { kind: 'foreign' };
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
    let payload = '';
    for (let i = 1; i <= entry.total; i++) payload += entry.parts.get(i)!;
    return decodeQrPayload(payload);
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

export function decodeQrPayload(payload: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateBounded(fromBase64Url(payload), INCOMING_LIMITS.inflatedQrBytes)));
  } catch (error) {
    if (error instanceof TooLarge) {
      return { ok: false, problem: { kind: 'too-big', message: 'These codes hold far more than answers or an invitation ever do, so they were not read. Nothing on this device has changed.' } };
    }
    return { ok: false, problem: { kind: 'not-ours', message: 'These codes could not be read as answers from this app. Show the codes again and scan them once more.' } };
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
