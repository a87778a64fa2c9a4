import { useLiveQuery } from 'dexie-react-hooks';
import { NOBODY_YET, rememberedParticipant } from '../../db/place';
import type { Participant } from '../../db/types';

/**
 * Who answers in this round on this device: the only participant when there is one, else the
 * one chosen earlier (remembered in settings, so it survives a reload and is shared by tabs).
 * undefined while loading; null when nobody is chosen yet.
 */
export function useAnsweringParticipant(roundId: string | undefined, participants: Participant[] | undefined): Participant | null | undefined {
  const remembered = useLiveQuery(async () => (roundId ? ((await rememberedParticipant(roundId)) ?? null) : null), [roundId]);
  if (!participants || remembered === undefined) return undefined;
  if (participants.length === 1 && remembered !== NOBODY_YET) return participants[0]!;
  return participants.find((p) => p.id === remembered) ?? null;
}
