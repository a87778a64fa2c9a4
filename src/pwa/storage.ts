import { getSetting, onDataSaved, setSetting } from '../db/settings';

export interface StorageInfo {
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
  requested: boolean;
}

export async function getStorageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [persisted, estimate, requested] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => undefined) : Promise.resolve(undefined),
    storage?.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
    getSetting<boolean>('persistRequested'),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota, requested: requested ?? false };
}

/** Ask the browser to keep our data (not evict it under storage pressure). */
export async function requestPersistence(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return undefined;
  const granted = await storage.persist().catch(() => false);
  await setSetting('persistRequested', true);
  await setSetting('persistGranted', granted);
  return granted;
}

/** Ask once, when the person first saves something worth keeping. */
export function startPersistenceOnFirstSave(): void {
  const stop = onDataSaved(() => {
    stop();
    void (async () => {
      if (await getSetting<boolean>('persistRequested')) return;
      await requestPersistence();
    })();
  });
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'not known';
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}
