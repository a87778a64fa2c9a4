import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { Action, Programme, Round } from '../../db/types';

export interface ProgrammeActions {
  programme: Programme;
  rounds: Round[];
  actions: Action[];
}

/** A programme with its rounds and actions, live. undefined while loading, null if it does not exist. */
export function useProgrammeActions(programmeId: string | undefined): ProgrammeActions | null | undefined {
  return useLiveQuery(async () => {
    if (!programmeId) return null;
    const [programme, rounds, actions] = await Promise.all([
      db.programmes.get(programmeId),
      db.rounds.where('programmeId').equals(programmeId).toArray(),
      db.actions.where('programmeId').equals(programmeId).toArray(),
    ]);
    if (!programme) return null;
    return { programme, rounds, actions };
  }, [programmeId]);
}
