import { beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { db } from '../../src/db/database';
import { BOM, loadProgrammeRecords, measuresCsv, neutraliseCell, responsesCsv, toCsv, MEASURES_HEADER, RESPONSES_HEADER } from '../../src/exchange/csv';
import { dashboardFixture } from '../fixtures/programme';
import { smallProgramme } from '../fixtures/data-backup';
import { seedDb } from '../fixtures/seed-db';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('CSV cells', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(neutraliseCell('Plain words = fine')).toBe('Plain words = fine');
    expect(neutraliseCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, keeps numbers as numbers, and starts with a BOM', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [['=HYPERLINK("x")', 'one, two', -12, 'line\nbreak'], [null, undefined, true, 'Chloé']]);
    expect(csv).toBe(`${BOM}a,b,c,d\r\n"'=HYPERLINK(""x"")","one, two",-12,"line\nbreak"\r\n,,Yes,Chloé\r\n`);
  });
});

describe('responses CSV', () => {
  it('has one row per participant and prompt, in the programme’s words, with answers and notes', async () => {
    const records = smallProgramme();
    records.programmes[0]!.componentLabels = { 'shared-purpose': 'Why we are doing this' };
    records.participants[0]!.label = '=cmd|calc';
    await seedDb(records);
    const rows = parse(responsesCsv(await loadProgrammeRecords('small')));
    expect(rows[0]).toEqual(RESPONSES_HEADER);
    const expected = records.rounds.reduce((n, r) => n + r.prompts.length * records.participants.filter((p) => p.roundId === r.id).length, 0);
    expect(rows).toHaveLength(expected + 1);
    const first = rows[1]!;
    expect(first.slice(0, 6)).toEqual(['Diabetes foot care', 'Baseline', '2025-02-10', "'=cmd|calc", 'Clinician', 'Why we are doing this']);
    expect(first[6]).toBe(records.rounds[0]!.prompts[0]!.text);
    expect(first.slice(7, 10)).toEqual(['Working well in most places', '4', 'We agreed the aim at the February board, see minutes.']);
    // The model's name beside the programme's own, and the model's wording of the statement.
    expect(first[10]).toBe('Our shared purpose');
    expect(first[11]).toBe(records.rounds[0]!.prompts[0]!.text);
    expect(rows.some((r) => r[7] === 'Not yet at this stage' && r[8] === '')).toBe(true);
    expect(rows.some((r) => r[4] === 'Patient or public representative' && r[3] === 'Chloé')).toBe(true);
  });

  it('exports one round only when asked', async () => {
    await seedDb(smallProgramme());
    const rows = parse(responsesCsv(await loadProgrammeRecords('small', 'small-round-2')));
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['Spring review']));
  });
});

describe('measures CSV', () => {
  it('gives each round’s coverage, attention, divergence and tracked pairs', async () => {
    await seedDb(dashboardFixture());
    const rows = parse(measuresCsv(await loadProgrammeRecords('dash')));
    expect(rows[0]).toEqual(MEASURES_HEADER);
    const baseline = rows.filter((r) => r[1] === 'Baseline review');
    const sharedPurpose = baseline.find((r) => r[3] === 'Component' && r[4] === 'Our shared purpose')!;
    // Baseline: three people answer level 3 everywhere: coverage 50, attention 100%, divergence 0.
    expect(sharedPurpose.slice(5, 11)).toEqual(['50', '100', '0', 'No', 'No', '3']);
    expect(baseline.filter((r) => r[3] === 'Component')).toHaveLength(8);
    expect(baseline.filter((r) => r[3] === 'Pair')).toHaveLength(11);
    expect(baseline.find((r) => r[3] === 'Round')![15]).toBe('0');
  });
});
