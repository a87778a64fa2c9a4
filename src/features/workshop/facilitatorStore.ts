import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * The facilitator hand-over state (UI state only; every answer lives in IndexedDB).
 * Kept in sessionStorage so that a reload of the tablet stays in facilitator mode and on the
 * same person, rather than dropping a participant into the set-up screen with everyone's names.
 */
export type Phase = 'pick' | 'answering' | 'handover';

interface FacilitatorState {
  /** The round the tablet is locked to; undefined when not in facilitator mode. */
  lockedRoundId?: string;
  phase: Phase;
  participantId?: string;
  step: number;
  lock: (roundId: string) => void;
  unlock: () => void;
  start: (participantId: string) => void;
  goTo: (step: number) => void;
  finish: () => void;
  nextPerson: () => void;
}

export const useFacilitator = create<FacilitatorState>()(
  persist(
    (set) => ({
      phase: 'pick',
      step: 0,
      lock: (roundId) => set({ lockedRoundId: roundId, phase: 'pick', participantId: undefined, step: 0 }),
      unlock: () => set({ lockedRoundId: undefined, phase: 'pick', participantId: undefined, step: 0 }),
      start: (participantId) => set({ phase: 'answering', participantId, step: 0 }),
      goTo: (step) => set({ step: Math.max(0, step) }),
      // The hand-over screen forgets who answered, so nothing of theirs can be reached from it.
      finish: () => set({ phase: 'handover', participantId: undefined, step: 0 }),
      nextPerson: () => set({ phase: 'pick', participantId: undefined, step: 0 }),
    }),
    {
      name: 'change-model-facilitator',
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ lockedRoundId, phase, participantId, step }) => ({ lockedRoundId, phase, participantId, step }),
    },
  ),
);
