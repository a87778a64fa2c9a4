/**
 * A newer version of the app opening in another tab upgrades the database: this tab saves what is
 * pending first, then lets go of its connection, so the upgrade goes ahead with nothing lost.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeModelDB } from '../../src/db/database';
import { closeForNewerVersion } from '../../src/pwa/newerVersion';

const NAME = 'change-model-newer-version-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

function openRaw(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('a newer version in another tab', () => {
  it('saves the pending note, then closes, and the upgrade goes ahead', async () => {
    const db = new ChangeModelDB(NAME);
    await db.open();
    const order: string[] = [];
    closeForNewerVersion(db, async () => {
      order.push('flush started');
      // A real flush awaits before it writes (it checks the round first): the connection must still be there.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await db.lessons.put({ id: 'pending', programmeId: 'p', date: '2026-01-01', componentId: null, text: 'typed a moment ago', createdAt: 'x', updatedAt: 'x' });
      order.push('flushed');
    });

    const newer = await openRaw(1000); // Dexie keeps version n as 10n: this is "version 100"
    order.push('upgrade opened');
    expect(order).toEqual(['flush started', 'flushed', 'upgrade opened']);
    expect(db.isOpen()).toBe(false);
    const saved = await new Promise<unknown>((resolve) => {
      const request = newer.transaction('lessons').objectStore('lessons').get('pending');
      request.onsuccess = () => resolve(request.result);
    });
    expect(saved).toMatchObject({ text: 'typed a moment ago' });
    newer.close();
  });
});
