import { useEffect, useState } from 'react';
import { onDatabaseChange } from '../../db/changes';
import { NeedsUpgrade, readHome, type HomeData } from '../../db/firstScreen';
import { startDatabase } from '../../app/startDatabase';

/**
 * What the home page shows, read without Dexie (db/firstScreen.ts) and read again after every
 * change once the database is open. A database older than this version of the app is upgraded
 * by Dexie first. `undefined` while the first read is under way.
 */
export function useHomeData(): { data: HomeData | undefined; error: unknown } {
  const [data, setData] = useState<HomeData | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    let stopped = false;
    let latest = 0;
    const read = () => {
      const n = ++latest;
      readHome()
        .catch(async (failure: unknown) => {
          if (!(failure instanceof NeedsUpgrade)) throw failure;
          await startDatabase();
          return readHome();
        })
        .then(
          (result) => {
            if (!stopped && n === latest) setData(result);
          },
          (failure: unknown) => {
            if (!stopped && n === latest) setError(failure);
          },
        );
    };
    read();
    const stop = onDatabaseChange(read);
    return () => {
      stopped = true;
      stop();
    };
  }, []);
  return { data, error };
}
