import type { ComponentId } from '../model/types';
import { db } from './database';
import { getSetting, setSetting } from './settings';

/**
 * Where the person was last working: reopening the app offers to go straight back there.
 * Kept in the settings table (key 'lastLocation'), so every tab sees the same place.
 */
export interface Place {
  programmeId: string;
  roundId: string;
  /** The component screen last open; undefined when they were on the round's wheel. */
  componentId?: ComponentId;
  /** Who was answering in that round. */
  participantId?: string;
  /** ISO timestamp of the visit. */
  at: string;
}

/** Who answers in a round on this device: roundId → participantId (remembers the choice per round). */
const CHOICES_KEY = 'answeringAs';

function isPlace(value: unknown): value is Place {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.programmeId === 'string' && typeof v.roundId === 'string';
}

export async function rememberPlace(place: Omit<Place, 'at'>): Promise<void> {
  const previous = await getSetting<unknown>('lastLocation');
  // Keep the participant when a later visit (e.g. the wheel) does not name one.
  const participantId =
    place.participantId ?? (isPlace(previous) && previous.roundId === place.roundId ? previous.participantId : undefined);
  const value: Place = { ...place, at: new Date().toISOString() };
  if (participantId) value.participantId = participantId;
  else delete value.participantId;
  if (!value.componentId) delete value.componentId;
  await setSetting('lastLocation', value);
}

/** The last place, if the round it points at still exists. */
export async function lastPlace(): Promise<Place | undefined> {
  const value = await getSetting<unknown>('lastLocation');
  if (!isPlace(value)) return undefined;
  const round = await db.rounds.get(value.roundId);
  if (!round || round.programmeId !== value.programmeId) return undefined;
  return value;
}

/** Remember who is answering in a round on this device. */
/** Remembered instead of a person when someone new is about to answer (the device asks who). */
export const NOBODY_YET = '';

export async function rememberParticipant(roundId: string, participantId: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(CHOICES_KEY);
    const map = row && row.value && typeof row.value === 'object' ? { ...(row.value as Record<string, string>) } : {};
    map[roundId] = participantId;
    // Keep the map small: the 50 most recent choices are plenty for one device.
    const keys = Object.keys(map);
    for (const key of keys.slice(0, Math.max(0, keys.length - 50))) delete map[key];
    await db.settings.put({ key: CHOICES_KEY, value: map });
  });
}

/** The participant remembered for a round, if any. */
export async function rememberedParticipant(roundId: string): Promise<string | undefined> {
  const row = await db.settings.get(CHOICES_KEY);
  if (!row || !row.value || typeof row.value !== 'object') return undefined;
  const id = (row.value as Record<string, unknown>)[roundId];
  return typeof id === 'string' ? id : undefined;
}
