/**
 * The programme's own outcome measures (src/db/outcomes.ts): checked as typed, values per round,
 * a removed measure taking its values with it, and the file check accepting and refusing them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { checkOutcomeMeasures, parseOutcomeValue, saveOutcomeMeasures, saveOutcomeValues } from '../../src/db/outcomes';
import { createProgramme } from '../../src/db/programmes';
import { startRound } from '../../src/db/rounds';
import { buildExampleBackup } from '../../src/db/example';
import { parseDataObject } from '../../src/exchange/parse';
import { resetDb, validationMessage } from './db-helpers';

beforeEach(resetDb);

describe('checking the measures as typed', () => {
  it('drops blank rows, trims, and keeps an existing id', () => {
    expect(checkOutcomeMeasures([{ id: 'm1', name: '  Patients home before noon ', unit: ' % ' }, { name: '', unit: '' }])).toEqual([
      { id: 'm1', name: 'Patients home before noon', unit: '%' },
    ]);
  });

  it('asks for a name when a unit is given, refuses two of the same name and a long unit', () => {
    expect(() => checkOutcomeMeasures([{ name: '', unit: '%' }])).toThrow('Enter a name for the measure');
    expect(() => checkOutcomeMeasures([{ name: 'Stay', unit: '' }, { name: 'stay', unit: 'days' }])).toThrow('Two measures cannot have the same name');
    expect(() => checkOutcomeMeasures([{ name: 'Stay', unit: 'x'.repeat(31) }])).toThrow('30 characters or fewer');
  });
});

describe('values as typed', () => {
  it('reads plain numbers, thousands with commas, and blank as no value', () => {
    expect(parseOutcomeValue('f', '42')).toBe(42);
    expect(parseOutcomeValue('f', ' 3.5 ')).toBe(3.5);
    expect(parseOutcomeValue('f', '-2')).toBe(-2);
    expect(parseOutcomeValue('f', '1,250')).toBe(1250);
    expect(parseOutcomeValue('f', '')).toBeNull();
  });

  it('refuses what is not a number, with a message that says what to type', () => {
    for (const bad of ['abc', '12%', '1e5', '3..5', '--1']) {
      expect(() => parseOutcomeValue('f', bad), bad).toThrow('Enter a number, like 42 or 3.5, or leave it blank');
    }
    expect(() => parseOutcomeValue('f', '99999999999')).toThrow('Enter a smaller number');
  });
});

describe('saving', () => {
  it('keeps values per round, clears one with null, and a removed measure takes its values with it', async () => {
    const p = await createProgramme({ name: 'Frailty' });
    const r1 = await startRound(p.id, { title: 'Baseline', date: '2026-01-10' });
    const r2 = await startRound(p.id, { title: 'Spring', date: '2026-04-10' });
    const [noon, stay] = await saveOutcomeMeasures(p.id, [
      { name: 'Patients home before noon', unit: '%' },
      { name: 'Length of stay', unit: 'days' },
    ]);
    await saveOutcomeValues(p.id, new Map([[r1.id, { [noon!.id]: 14, [stay!.id]: 9.5 }], [r2.id, { [noon!.id]: 19, [stay!.id]: null }]]));
    expect((await db.rounds.get(r1.id))!.outcomes).toEqual({ [noon!.id]: 14, [stay!.id]: 9.5 });
    expect((await db.rounds.get(r2.id))!.outcomes).toEqual({ [noon!.id]: 19 });

    // Renaming keeps the values (same id); clearing a row removes the measure and its values.
    await saveOutcomeMeasures(p.id, [{ id: noon!.id, name: 'Home before noon', unit: '%' }, { id: stay!.id, name: '', unit: '' }]);
    expect((await db.programmes.get(p.id))!.outcomeMeasures).toEqual([{ id: noon!.id, name: 'Home before noon', unit: '%' }]);
    expect((await db.rounds.get(r1.id))!.outcomes).toEqual({ [noon!.id]: 14 });
  });

  it('refuses a round of another programme and a measure it does not have, writing nothing', async () => {
    const p = await createProgramme({ name: 'Frailty' });
    const other = await createProgramme({ name: 'Other' });
    const r = await startRound(p.id, { title: 'Baseline', date: '2026-01-10' });
    const elsewhere = await startRound(other.id, { title: 'Baseline', date: '2026-01-10' });
    const [m] = await saveOutcomeMeasures(p.id, [{ name: 'Home before noon', unit: '%' }]);
    await expect(validationMessage(saveOutcomeValues(p.id, new Map([[r.id, { [m!.id]: 3 }], [elsewhere.id, { [m!.id]: 5 }]])), 'round')).resolves.toContain('deleted');
    expect((await db.rounds.get(r.id))!.outcomes).toBeUndefined();
    await expect(validationMessage(saveOutcomeValues(p.id, new Map([[r.id, { unknown: 3 }]])), 'measure')).resolves.toContain('removed');
  });
});

describe('the file check', () => {
  it('accepts the example’s measures and values, and refuses three measures or a value that is not a number', () => {
    const backup = buildExampleBackup(new Date('2026-12-01T12:00:00Z'));
    expect(parseDataObject(JSON.parse(JSON.stringify(backup))).ok).toBe(true);

    const three = structuredClone(backup);
    three.data.programmes[0]!.outcomeMeasures = [1, 2, 3].map((n) => ({ id: `m${n}`, name: `M${n}`, unit: '' }));
    const refused = parseDataObject(JSON.parse(JSON.stringify(three)));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problem.message).toContain('more than 2 outcome measures');

    const text = JSON.stringify(backup).replace(/"outcomes":\{"([^"]+)":14/, '"outcomes":{"$1":"fourteen"');
    expect(text).not.toBe(JSON.stringify(backup));
    const notNumber = parseDataObject(JSON.parse(text));
    expect(notNumber.ok).toBe(false);
  });
});
