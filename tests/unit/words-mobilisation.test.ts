/**
 * The optional statements from the mobilisation report (src/model/mobilisation.ts): switched on
 * and off for a programme's next rounds, without duplicates, keeping a reworded one, and leaving
 * rounds already started as they were asked.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createProgramme, defaultPrompts, programmePrompts } from '../../src/db/programmes';
import { setMobilisationStatements, updatePrompt } from '../../src/db/promptSets';
import { startRound } from '../../src/db/rounds';
import { isMobilisationStatement, MOBILISATION_STATEMENTS } from '../../src/model/mobilisation';
import { COMPONENT_IDS } from '../../src/model/types';
import { resetDb } from './db-helpers';

beforeEach(resetDb);

async function prompts(id: string) {
  return programmePrompts((await db.programmes.get(id))!);
}

describe('the optional mobilisation statements', () => {
  it('are eight, with their own ids, each under a component of the model', () => {
    expect(MOBILISATION_STATEMENTS).toHaveLength(8);
    expect(new Set(MOBILISATION_STATEMENTS.map((s) => s.id)).size).toBe(8);
    for (const s of MOBILISATION_STATEMENTS) {
      expect(COMPONENT_IDS).toContain(s.componentId);
      expect(defaultPrompts().some((p) => p.id === s.id)).toBe(false);
      expect(s.help).toBeTruthy();
    }
  });

  it('switch on for the next rounds, each at the end of its component, and off again back to the model’s set', async () => {
    const p = await createProgramme({ name: 'Frailty' });
    const before = await startRound(p.id, { title: 'Baseline', date: '2026-01-10' });
    await setMobilisationStatements(p.id, true);
    const on = await prompts(p.id);
    expect(on).toHaveLength(48);
    const engagement = on.filter((x) => x.componentId === 'engagement').map((x) => x.id);
    expect(engagement.slice(-2)).toEqual(['mobilisation.1', 'mobilisation.2']);
    const after = await startRound(p.id, { title: 'Spring', date: '2026-04-10' });
    expect(after.prompts.filter((x) => isMobilisationStatement(x.id))).toHaveLength(8);
    expect((await db.rounds.get(before.id))!.prompts.some((x) => isMobilisationStatement(x.id))).toBe(false);

    await setMobilisationStatements(p.id, true); // twice: no duplicates
    expect(await prompts(p.id)).toHaveLength(48);

    await setMobilisationStatements(p.id, false);
    expect((await db.programmes.get(p.id))!.prompts).toBeUndefined(); // the model's own set again
    expect((await db.rounds.get(after.id))!.prompts.filter((x) => isMobilisationStatement(x.id))).toHaveLength(8);
  });

  it('keeps a reworded statement when switched on again, and adds back only the missing ones', async () => {
    const p = await createProgramme({ name: 'Frailty' });
    await setMobilisationStatements(p.id, true);
    await updatePrompt(p.id, 'mobilisation.6', { text: 'Time for this work is protected on the rota.' });
    const { removePrompt } = await import('../../src/db/promptSets');
    await removePrompt(p.id, 'mobilisation.8');
    await setMobilisationStatements(p.id, true);
    const now = await prompts(p.id);
    expect(now.find((x) => x.id === 'mobilisation.6')!.text).toBe('Time for this work is protected on the rota.');
    expect(now.filter((x) => isMobilisationStatement(x.id))).toHaveLength(8);
  });
});
