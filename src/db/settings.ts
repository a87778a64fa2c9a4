import { db, nowIso } from './database';

export type SettingKey =
  | 'lastLocation'
  | 'lastChangeAt'
  | 'lastBackupAt'
  | 'persistRequested'
  | 'persistGranted'
  | 'personalProgrammeId'
  | 'soloParticipantName'
  /** Rounds this device took in from an invitation: here it answers, it does not collect. */
  | 'invitedRounds';

export async function getSetting<T>(key: SettingKey): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

export async function setSetting(key: SettingKey, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

type SaveListener = () => void;
const saveListeners = new Set<SaveListener>();

/** Called after any user data is saved (used to ask for persistent storage once). */
export function onDataSaved(listener: SaveListener): () => void {
  saveListeners.add(listener);
  return () => saveListeners.delete(listener);
}

/** Record that data changed (for the backup reminder) and tell listeners. Inside a transaction that includes `settings`. */
export async function markChanged(): Promise<void> {
  await db.settings.put({ key: 'lastChangeAt', value: nowIso() });
}

export function notifySaved(): void {
  for (const listener of saveListeners) listener();
}
