import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { Action, Lesson } from '../../db/types';

export interface PrintExtras {
  actions: Action[];
  lessons: Lesson[];
}

/** Actions and lessons of the programme, live (the dashboard's records hook brings the rest). */
export function usePrintExtras(programmeId: string | undefined): PrintExtras | undefined {
  return useLiveQuery(async () => {
    if (!programmeId) return { actions: [], lessons: [] };
    const [actions, lessons] = await Promise.all([
      db.actions.where('programmeId').equals(programmeId).toArray(),
      db.lessons.where('programmeId').equals(programmeId).toArray(),
    ]);
    actions.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    lessons.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
    return { actions, lessons };
  }, [programmeId]);
}
