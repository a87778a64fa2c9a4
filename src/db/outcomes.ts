/**
 * The programme's own outcome measures (issue 16, item 6; evaluation-2013 §4.4 and §7: users
 * wanted tangible evidence that the approach makes a difference). A programme names one or two
 * measures of its own ("Patients home before noon", "%") and records a value per round; the
 * dashboard draws them beside "in place", on their own axis. Each command checks everything first
 * and writes in one transaction.
 */
import { db, newId, nowIso } from './database';
import { ValidationError } from './errors';
import { OUTCOME_MEASURES_MAX, OUTCOME_UNIT_MAX, OUTCOME_VALUE_MAX } from './outcomeLimits';
import { markChanged, notifySaved } from './settings';
import type { OutcomeMeasure } from './types';
import { LIMITS, optionalText, requiredText } from './validate';

export interface OutcomeMeasureInput {
  /** The measure's id when it exists already (its values are kept). */
  id?: string;
  name: string;
  unit: string;
}

/**
 * Check the measures as typed: a row left blank (no name, no unit) is dropped, so clearing a row
 * removes that measure. Throws a ValidationError on the first problem (field `outcome-<n>-name`
 * or `outcome-<n>-unit`, n from 1).
 */
export function checkOutcomeMeasures(inputs: readonly OutcomeMeasureInput[]): OutcomeMeasure[] {
  const out: OutcomeMeasure[] = [];
  inputs.forEach((input, i) => {
    const n = i + 1;
    if (!input.name.trim() && !input.unit.trim()) return;
    const name = requiredText(`outcome-${n}-name`, 'a name for the measure', input.name, LIMITS.name);
    const unit = optionalText(`outcome-${n}-unit`, 'the unit', input.unit, OUTCOME_UNIT_MAX);
    if (out.some((m) => m.name.toLocaleLowerCase('en-GB') === name.toLocaleLowerCase('en-GB'))) {
      throw new ValidationError(`outcome-${n}-name`, 'Two measures cannot have the same name');
    }
    out.push({ id: input.id ?? newId(), name, unit });
  });
  if (out.length > OUTCOME_MEASURES_MAX) throw new ValidationError('outcome-1-name', `A programme can have up to ${OUTCOME_MEASURES_MAX} measures of its own`);
  return out;
}

/** Save the programme's measures; the values of a measure that was removed go with it. */
export async function saveOutcomeMeasures(programmeId: string, inputs: readonly OutcomeMeasureInput[]): Promise<OutcomeMeasure[]> {
  const measures = checkOutcomeMeasures(inputs);
  const kept = new Set(measures.map((m) => m.id));
  await db.transaction('rw', db.programmes, db.rounds, db.settings, async () => {
    const programme = await db.programmes.get(programmeId);
    if (!programme) throw new ValidationError('programme', 'This programme no longer exists');
    const now = nowIso();
    await db.programmes.update(programmeId, { outcomeMeasures: measures, updatedAt: now });
    const removed = (programme.outcomeMeasures ?? []).filter((m) => !kept.has(m.id)).map((m) => m.id);
    if (removed.length) {
      for (const round of await db.rounds.where('programmeId').equals(programmeId).toArray()) {
        if (!round.outcomes || !removed.some((id) => id in round.outcomes!)) continue;
        const outcomes = Object.fromEntries(Object.entries(round.outcomes).filter(([id]) => !removed.includes(id)));
        await db.rounds.update(round.id, { outcomes, updatedAt: now });
      }
    }
    await markChanged();
  });
  notifySaved();
  return measures;
}

/**
 * A value as typed: blank is "no value"; "42", "3.5", "-2" and "1,250" are numbers. Throws a
 * ValidationError on `field` otherwise.
 */
export function parseOutcomeValue(field: string, text: string): number | null {
  const t = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!t) return null;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) throw new ValidationError(field, 'Enter a number, like 42 or 3.5, or leave it blank');
  const value = Number(t);
  if (!Number.isFinite(value) || Math.abs(value) > OUTCOME_VALUE_MAX) throw new ValidationError(field, 'Enter a smaller number');
  return value;
}

/** Set the values of every round at once (a null clears one); rounds of other programmes are refused. */
export async function saveOutcomeValues(programmeId: string, values: ReadonlyMap<string, Readonly<Record<string, number | null>>>): Promise<void> {
  await db.transaction('rw', db.programmes, db.rounds, db.settings, async () => {
    const programme = await db.programmes.get(programmeId);
    if (!programme) throw new ValidationError('programme', 'This programme no longer exists');
    const known = new Set((programme.outcomeMeasures ?? []).map((m) => m.id));
    const now = nowIso();
    for (const [roundId, byMeasure] of values) {
      const round = await db.rounds.get(roundId);
      if (!round || round.programmeId !== programmeId) throw new ValidationError('round', 'A round of this programme has been deleted, perhaps in another tab');
      const outcomes = { ...(round.outcomes ?? {}) };
      for (const [id, value] of Object.entries(byMeasure)) {
        if (!known.has(id)) throw new ValidationError('measure', 'A measure has been removed, perhaps in another tab');
        if (value === null) delete outcomes[id];
        else outcomes[id] = value;
      }
      const same = JSON.stringify(outcomes) === JSON.stringify(round.outcomes ?? {});
      if (!same) await db.rounds.update(roundId, { outcomes, updatedAt: now });
    }
    await markChanged();
  });
  notifySaved();
}
