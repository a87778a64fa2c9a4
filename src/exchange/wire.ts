/**
 * The compact form of a hand-over packet, for QR codes (issue 13, item 8): positional arrays
 * instead of named fields, times as milliseconds before the export instead of ISO strings, and
 * statements the app already knows (the model's and the pulse's, word for word) sent as their id
 * only. `fromWire` rebuilds the full packet, which is then checked by the same schema as any
 * file: this module only reshapes, it never trusts.
 */
import { MODEL_PROMPTS } from '../model/components';
import { COMPONENT_IDS, type ComponentId } from '../model/types';
import { fromBase64Url, toBase64Url } from './base64url';
import { PULSE_PROMPTS } from '../model/pulse';
import type { CustomPrompt } from '../db/types';
import { ANSWERS_FORMAT, FORMAT_VERSION, INVITATION_FORMAT, type AnswersPacket, type InvitationPacket } from './format';

const WIRE_VERSION = 2;

/** Every statement this version of the app ships with, by id: the model's and the pulse's. */
function knownPrompts(): Map<string, CustomPrompt> {
  const known = new Map<string, CustomPrompt>([...MODEL_PROMPTS].map(([id, p]) => [id, { id, ...p }]));
  for (const p of PULSE_PROMPTS) known.set(p.id, p);
  return known;
}

let knownCache: Map<string, CustomPrompt> | undefined;
const known = () => (knownCache ??= knownPrompts());

type Wire = unknown[];

/** A model statement id ("leadership.3") as one small number (103): component index x 100 + number. */
function promptIdOut(id: string): unknown {
  const match = /^([a-z-]+)\.(\d{1,2})$/.exec(id);
  const index = match ? COMPONENT_IDS.indexOf(match[1] as ComponentId) : -1;
  return match && index >= 0 && Number(match[2]) > 0 && String(Number(match[2])) === match[2] ? index * 100 + Number(match[2]) : id;
}
function promptIdIn(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return value;
  const component = COMPONENT_IDS[Math.floor(value / 100)];
  return component && value % 100 > 0 ? `${component}.${value % 100}` : value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A UUID (36 characters) as "~" and its 16 bytes in base64url (23 characters); other ids as they are. */
function idOut(id: string): string {
  if (!UUID.test(id)) return id;
  const hex = id.replace(/-/g, '');
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return `~${toBase64Url(bytes)}`;
}
function idIn(value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith('~')) return value;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(value.slice(1));
  } catch {
    return value;
  }
  if (bytes.length !== 16) return value;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const since = (base: number, iso: string | undefined): number | null => (iso ? base - Date.parse(iso) : null);
const at = (base: number, delta: unknown): string | undefined =>
  typeof delta === 'number' && Number.isFinite(delta) ? new Date(base - delta).toISOString() : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const VALUE_OUT: Record<string, unknown> = { 'not-yet': 'n', 'dont-know': 'd' };
const VALUE_IN: Record<string, unknown> = { n: 'not-yet', d: 'dont-know' };
const valueOut = (v: unknown) => (typeof v === 'string' ? (VALUE_OUT[v] ?? v) : v);
const valueIn = (v: unknown) => (typeof v === 'string' ? (Object.hasOwn(VALUE_IN, v) ? VALUE_IN[v] : v) : v);

export function answersToWire(packet: AnswersPacket): Wire {
  const base = Date.parse(packet.exportedAt);
  const p = packet.participant;
  return [
    WIRE_VERSION,
    'a',
    base,
    packet.appVersion,
    idOut(packet.programmeId),
    idOut(packet.roundId),
    packet.roundTitle,
    [idOut(p.id), p.label, p.role, p.anonymous ? 1 : 0, idOut(p.personKey), since(base, p.createdAt), since(base, p.updatedAt)],
    packet.answers.map((a) => [promptIdOut(a.promptId), valueOut(a.value), a.note, since(base, a.updatedAt)]),
    packet.judgements.map((j) => [j.pairKey, j.value, j.note, since(base, j.updatedAt)]),
  ];
}

function promptOut(prompt: CustomPrompt): unknown {
  const same = known().get(prompt.id);
  if (same && same.componentId === prompt.componentId && same.text === prompt.text) {
    if ((same.help ?? '') === (prompt.help ?? '')) return promptIdOut(prompt.id);
    // The model's statement without its help text (rounds written by other tools).
    if (!prompt.help) return [promptIdOut(prompt.id)];
  }
  return prompt.help ? [prompt.id, prompt.componentId, prompt.text, prompt.help] : [prompt.id, prompt.componentId, prompt.text];
}

export function invitationToWire(packet: InvitationPacket): Wire {
  const base = Date.parse(packet.exportedAt);
  const g = packet.programme;
  const r = packet.round;
  return [
    WIRE_VERSION,
    'i',
    base,
    packet.appVersion,
    [idOut(g.id), g.name, g.aim, g.organisations, g.vocabulary, g.kind, g.componentLabels, g.trackedPairs, since(base, g.createdAt), since(base, g.updatedAt), g.scaleMapping ?? null],
    [
      idOut(r.id),
      r.title,
      r.date,
      r.stage,
      r.notes,
      r.isBaseline ? 1 : 0,
      r.status,
      r.components,
      r.prompts.map(promptOut),
      since(base, r.createdAt),
      since(base, r.updatedAt),
      r.previousRoundId ? idOut(r.previousRoundId) : null,
      r.promptSet ?? null,
      r.pairs ?? null,
      since(base, r.closedAt),
      r.participantCount ?? null,
    ],
  ];
}

/** Thrown when a code names a statement this app does not know: it came from a newer version. */
export class UnknownPrompt extends Error {}

function promptIn(item: unknown): unknown {
  if (typeof item === 'string' || typeof item === 'number') {
    const prompt = known().get(String(promptIdIn(item)));
    if (!prompt) throw new UnknownPrompt(String(item));
    return { ...prompt };
  }
  const parts = arr(item);
  if (parts.length === 1) {
    const prompt = known().get(String(promptIdIn(parts[0])));
    if (!prompt) throw new UnknownPrompt(String(parts[0]));
    return { id: prompt.id, componentId: prompt.componentId, text: prompt.text };
  }
  const [id, componentId, text, help] = parts;
  return help === undefined ? { id, componentId, text } : { id, componentId, text, help };
}

/** Drop the keys whose value is undefined or null (optional fields not sent). */
function defined<T extends Record<string, unknown>>(record: T): T {
  for (const key of Object.keys(record)) if (record[key] === undefined || record[key] === null) delete record[key];
  return record;
}

/** The full packet again, or undefined when this is not a compact packet at all. */
export function fromWire(wire: unknown): AnswersPacket | InvitationPacket | undefined {
  if (!Array.isArray(wire) || wire[0] !== WIRE_VERSION || typeof wire[2] !== 'number' || !Number.isFinite(wire[2])) return undefined;
  const base = wire[2];
  const exportedAt = new Date(base).toISOString();
  const appVersion = str(wire[3]) ?? 'unknown';
  if (wire[1] === 'a') {
    const [, , , , programmeWire, roundWire, roundTitle, person, answers, judgements] = wire;
    const programmeId = idIn(programmeWire);
    const roundId = idIn(roundWire);
    const [idWire, label, role, anonymous, personWire, created, updated] = arr(person);
    const id = idIn(idWire);
    const personKey = idIn(personWire);
    return {
      format: ANSWERS_FORMAT,
      formatVersion: FORMAT_VERSION,
      appVersion,
      exportedAt,
      programmeId,
      roundId,
      roundTitle,
      participant: defined({ id, roundId, programmeId, label, role, anonymous: anonymous === 1, personKey, createdAt: at(base, created), updatedAt: at(base, updated) }),
      answers: arr(answers).map((a) => {
        const [promptId, value, note, when] = arr(a);
        return { promptId: promptIdIn(promptId), value: valueIn(value), note, updatedAt: at(base, when) };
      }),
      judgements: arr(judgements).map((j) => {
        const [pairKey, value, note, when] = arr(j);
        return { pairKey, value, note, updatedAt: at(base, when) };
      }),
    } as unknown as AnswersPacket;
  }
  if (wire[1] === 'i') {
    const [idWire, name, aim, organisations, vocabulary, kind, componentLabels, trackedPairs, created, updated, scaleMapping] = arr(wire[4]);
    const id = idIn(idWire);
    const r = arr(wire[5]);
    return {
      format: INVITATION_FORMAT,
      formatVersion: FORMAT_VERSION,
      appVersion,
      exportedAt,
      programme: defined({ id, name, aim, organisations, vocabulary, kind, componentLabels, trackedPairs, createdAt: at(base, created), updatedAt: at(base, updated), scaleMapping }),
      round: defined({
        id: idIn(r[0]),
        programmeId: id,
        title: r[1],
        date: r[2],
        stage: r[3],
        notes: r[4],
        isBaseline: r[5] === 1,
        status: r[6],
        components: r[7],
        prompts: arr(r[8]).map(promptIn),
        createdAt: at(base, r[9]),
        updatedAt: at(base, r[10]),
        previousRoundId: idIn(r[11]),
        promptSet: r[12],
        pairs: r[13],
        closedAt: at(base, r[14]),
        participantCount: r[15],
      }),
    } as unknown as InvitationPacket;
  }
  return undefined;
}
