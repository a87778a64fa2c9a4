/**
 * End-to-end encryption of a shared programme, with WebCrypto only. One random 256-bit secret is
 * made on the device that shares the programme; it travels only inside invitations (the link's
 * fragment, which browsers never send to a server, and the QR code). From it HKDF derives an
 * AES-GCM 256 key (every record is sealed with a fresh 96-bit IV) and an HMAC key that turns each
 * record's name ("response:<person>:<question>") into an opaque entry name, so the server sees
 * neither contents nor which question an entry answers.
 */
import { fromBase64Url, toBase64Url } from '../exchange/base64url';


export interface ProgrammeKeys {
  seal: CryptoKey;
  name: CryptoKey;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();


/** A new programme secret, as text for the invitation link. */
export function newProgrammeSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function keysFromSecret(secret: string): Promise<ProgrammeKeys> {
  const raw = fromBase64Url(secret);
  if (raw.length !== 32) throw new Error('This invitation’s key is damaged.');
  const base = await crypto.subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveKey']);
  const derive = (info: string, algorithm: AesKeyGenParams | HmacKeyGenParams, usages: KeyUsage[]) =>
    crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: encoder.encode(info) }, base, algorithm, false, usages);
  const [seal, name] = await Promise.all([
    derive('change-model records v1', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    derive('change-model entry names v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
  ]);
  return { seal, name };
}

/** Seal a value: 12 bytes of IV, then the AES-GCM ciphertext (with its tag) of its JSON. */
export async function seal(keys: ProgrammeKeys, value: unknown): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.seal, encoder.encode(JSON.stringify(value))));
  const out = new Uint8Array(iv.length + data.length);
  out.set(iv);
  out.set(data, iv.length);
  return out;
}

/** Open a sealed value; undefined when it was not sealed with this programme's key (or was altered). */
export async function open<T>(keys: ProgrammeKeys, sealed: Uint8Array): Promise<T | undefined> {
  if (!(sealed instanceof Uint8Array) || sealed.length < 13) return undefined;
  try {
    const bytes = new Uint8Array(sealed); // a copy on its own ArrayBuffer, as WebCrypto wants
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12) }, keys.seal, bytes.subarray(12));
    return JSON.parse(decoder.decode(plain)) as T;
  } catch {
    return undefined;
  }
}

/** The opaque name of an entry. */
export async function entryName(keys: ProgrammeKeys, logical: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.name, encoder.encode(logical)));
  return toBase64Url(mac.subarray(0, 18));
}
