/**
 * Files made to freeze the tab or break the app later (issue 11): each is refused with a message
 * in people's terms, before the work that grows with it.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { INCOMING_LIMITS } from '../../src/exchange/format';
import { parseDataFile } from '../../src/exchange/parse';
import { decodeQrPayload, inflateBounded, packetToQrTexts, qrTextsToPacket } from '../../src/exchange/qr';
import { parsePromptSetFile } from '../../src/features/words/importFormat';
import { backupOf, smallProgramme } from '../fixtures/data-backup';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function valid(): Loose {
  return structuredClone(backupOf(smallProgramme()));
}

function problemOf(value: unknown): string {
  const result = parseDataFile(typeof value === 'string' ? value : JSON.stringify(value));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem.message;
}

describe('bounds on a backup', () => {
  it('refuses a million empty lessons by counting them, before checking any', () => {
    const file = valid();
    // A 3 MB file, as found: a million empty records.
    file.data.lessons = Array.from({ length: 1_000_000 }, () => ({}));
    expect(problemOf(file)).toMatch(/It holds 1,000,000 lessons; a backup from this app holds at most 20,000/);
  });

  it('refuses a round that lists its components a million times, and one that names a component twice', () => {
    const many = valid();
    many.data.rounds[0].components = Array.from({ length: 1_000_000 }, () => 'engagement');
    expect(problemOf(many)).toMatch(/a list of more than 1,000 items inside a record/);

    const twice = valid();
    twice.data.rounds[0].components = ['engagement', 'leadership', 'engagement'];
    expect(problemOf(twice)).toMatch(/The round “Baseline”: components names the same component twice/);
  });

  it('refuses a field nested 100,000 deep (and 13 deep), without exhausting the stack', () => {
    for (const depth of [100_000, 13]) {
      const file = valid();
      let deep: Loose = {};
      for (let i = 0; i < depth; i++) deep = { x: deep };
      file.data.rounds[0].extra = deep;
      // Built as text, as a hostile file would arrive: JSON.stringify itself recurses.
      const text = depth > 1000 ? JSON.stringify(valid()).replace('"title":"Baseline"', `"title":"Baseline","extra":${'{"x":'.repeat(depth)}{}${'}'.repeat(depth)}`) : JSON.stringify(file);
      expect(problemOf(text)).toMatch(/nests values more than 12 levels deep/);
    }
  });

  it('refuses ids that are not ids this app makes, naming the record', () => {
    for (const bad of ['a/b', '../../x', 'with space', '']) {
      const file = valid();
      file.data.rounds[1].id = bad;
      expect(problemOf(file)).toMatch(/The round “Spring review”: its id (is not an id this app made|is empty)/);
    }
  });

  it('refuses timestamps in year 9999 or before 2000, which would win or lose every merge forever', () => {
    const future = valid();
    future.data.actions[0].updatedAt = '9999-12-31T23:59:59.000Z';
    expect(problemOf(future)).toMatch(/The action “Share the foot-check data with the practice teams”: the time it was last changed is in the future/);
    const tomorrowPlus = valid();
    tomorrowPlus.data.lessons[0].createdAt = new Date(Date.now() + INCOMING_LIMITS.futureMs + 60_000).toISOString();
    expect(problemOf(tomorrowPlus)).toMatch(/the time it was made is in the future/);
    const ancient = valid();
    ancient.data.programmes[0].updatedAt = '1970-01-01T00:00:00.000Z';
    expect(problemOf(ancient)).toMatch(/The programme “Diabetes foot care”: the time it was last changed is before the year 2000/);
  });

  it('refuses a field that would reach an object’s prototype', () => {
    const text = JSON.stringify(valid()).replace('"title":"Baseline"', '"title":"Baseline","__proto__":{"polluted":true}');
    expect(problemOf(text)).toMatch(/a field called “__proto__”/);
    expect(({} as Loose).polluted).toBeUndefined();
  });

  it('still reads the largest real programme shape (statements, pairs, carried actions) within the bounds', () => {
    const file = valid();
    file.data.actions[0].carriedInto = ['small-round-2'];
    expect(parseDataFile(JSON.stringify(file)).ok).toBe(true);
  });
});

describe('bounds on QR hand-over', () => {
  it('stops inflating a payload that would grow past the ceiling, without allocating it', () => {
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    expect(() => inflateBounded(bomb, 1024 * 1024)).toThrow();
    const text = btoa(String.fromCharCode(...bomb)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const result = decodeQrPayload(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/far more than answers or an invitation ever do/);
  });

  it('inflates a real packet exactly, and refuses a set of more codes than any hand-over needs', () => {
    const packet = valid();
    const texts = packetToQrTexts(packet, 400);
    const back = qrTextsToPacket(texts);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.file).toEqual(packet);
    const tooMany = qrTextsToPacket([`CM1:abc:1/${INCOMING_LIMITS.qrCodes + 1}:AAAA`]);
    expect(tooMany.ok).toBe(false);
  });
});

describe('bounds on a prompt-set file', () => {
  it('refuses a CSV with 50,000 columns by counting its header', () => {
    const header = ['component_id', 'prompt_text', ...Array.from({ length: 50_000 }, (_, i) => `score: P${i}`)].join(',');
    const result = parsePromptSetFile('set.csv', `${header}\nengagement,We talk,${'3,'.repeat(49_999)}3\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/The first row has 50,002 columns; a set of statements has at most 64/);
  });

  it('refuses 51 score columns, and a JSON file with 80,000 score labels', () => {
    const header = ['component_id', 'prompt_text', ...Array.from({ length: 51 }, (_, i) => `score: P${i}`)].join(',');
    const csv = parsePromptSetFile('set.csv', `${header}\nengagement,We talk\n`);
    expect(csv.ok).toBe(false);
    if (!csv.ok) expect(csv.problems.map((p) => p.message).join(' ')).toMatch(/51 score columns/);

    const scores = Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`P${i}`, 3]));
    const json = parsePromptSetFile('set.json', JSON.stringify({ prompts: [{ componentId: 'engagement', text: 'We talk', scores }] }));
    expect(json.ok).toBe(false);
    if (!json.ok) expect(json.problems[0]!.message).toMatch(/more than 50 people or teams/);
  });

  it('refuses a "__proto__" score column in CSV and JSON instead of dropping it silently', () => {
    const csv = parsePromptSetFile('set.csv', 'component_id,prompt_text,score: __proto__\nengagement,We talk,3\n');
    expect(csv.ok).toBe(false);
    if (!csv.ok) expect(csv.problems[0]!.message).toMatch(/cannot be for “__proto__”/);
    const json = parsePromptSetFile('set.json', '{"prompts":[{"componentId":"engagement","text":"We talk","scores":{"__proto__":3}}]}');
    expect(json.ok).toBe(false);
    if (!json.ok) expect(json.problems[0]!.message).toMatch(/cannot be for “__proto__”/);
  });
});
