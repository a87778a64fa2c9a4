import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPrompts } from '../../src/db/programmes';
import {
  buildImport,
  parsePromptSetFile,
  problemPlace,
  readScore,
  resolveComponent,
  scoreColumnLabel,
  suggestScaleForFile,
  type ParsedFile,
} from '../../src/features/words/importFormat';
import { csvTemplate, jsonTemplate } from '../../src/features/words/templates';
import { suggestedScaleMapping } from '../../src/model/promptSets';
import { COMPONENT_IDS, type ComponentId } from '../../src/model/types';
import { programmeWords } from '../../src/model/words';

const words = programmeWords({ vocabulary: '2013', componentLabels: { engagement: 'Getting clinicians on board' } });
const own = suggestedScaleMapping(1, 5, 'Our five steps');
const sixPoint = suggestedScaleMapping(1, 6, 'Trust diagnostic, 1 to 6');

function parsed(name: string, text: string): ParsedFile {
  const result = parsePromptSetFile(name, text);
  if (!result.ok) throw new Error(`Expected the file to parse: ${JSON.stringify(result.problems)}`);
  return result.file;
}

function problems(name: string, text: string) {
  const result = parsePromptSetFile(name, text);
  if (result.ok) throw new Error('Expected the file to be refused');
  return result.problems;
}

/** A trust's own diagnostic: 8 sections x 5 questions, scored 1-6 by the steering group. */
function trustDiagnosticCsv(score: (i: number) => string = (i) => String((i % 6) + 1)): string {
  const lines = ['Section,component_id,prompt_text,help,score: Steering group'];
  COMPONENT_IDS.forEach((c, ci) => {
    for (let q = 1; q <= 5; q++) {
      const i = ci * 5 + q - 1;
      lines.push(`S${ci + 1},${c},"Question ${q} for section ${ci + 1}, in our words",,${score(i)}`);
    }
  });
  return lines.join('\n');
}

describe('the templates', () => {
  it('are the files offered in public/templates', () => {
    const dir = resolve(__dirname, '../../public/templates');
    expect(readFileSync(resolve(dir, 'prompt-set-template.csv'), 'utf8')).toBe(csvTemplate());
    expect(readFileSync(resolve(dir, 'prompt-set-template.json'), 'utf8')).toBe(jsonTemplate());
  });

  it('import as the model statements unchanged, keeping every id', () => {
    for (const [name, text] of [
      ['t.csv', csvTemplate()],
      ['t.json', jsonTemplate()],
    ] as const) {
      const result = buildImport(parsed(name, text), defaultPrompts(), words.component, own);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.preview.prompts).toEqual(defaultPrompts());
      expect(result.preview.kept).toBe(40);
      expect(result.preview.replaced).toEqual([...COMPONENT_IDS]);
      expect(result.preview.scores).toEqual([]);
    }
  });
});

describe('reading CSV', () => {
  it('reads a 40-question diagnostic with its own columns and a score column per group', () => {
    const file = parsed('trust.csv', trustDiagnosticCsv());
    expect(file.format).toBe('csv');
    expect(file.rows).toHaveLength(40);
    expect(file.rows[0]).toMatchObject({ row: 2, component: 'shared-purpose', text: 'Question 1 for section 1, in our words' });
    expect(file.scoreLabels).toEqual(['Steering group']);
    expect(file.ignoredColumns).toEqual(['Section']);
    expect(suggestScaleForFile(file)).toMatchObject({ min: 1, max: 6 });
  });

  it('does not count a diagnostic\'s "not yet" and "don\'t know" columns as a person\'s scores', () => {
    const text = [
      'component_id,prompt_text,score: Steering group,score: not yet,Score (Don’t know),score: N/A',
      'shared-purpose,We agree why this matters,4,1,0,',
      'leadership,Leaders free up time,2,,3,',
    ].join('\n');
    const file = parsed('tally.csv', text);
    expect(file.scoreLabels).toEqual(['Steering group']);
    expect(file.ignoredColumns).toEqual(['score: not yet', 'Score (Don’t know)', 'score: N/A']);
  });

  it('maps 1-6 scores onto the five steps with the mapping given', () => {
    const file = parsed('trust.csv', trustDiagnosticCsv());
    const result = buildImport(file, defaultPrompts(), words.component, sixPoint);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.preview.prompts).toHaveLength(40);
    expect(result.preview.kept).toBe(0);
    const [steering] = result.preview.scores;
    expect(steering!.label).toBe('Steering group');
    // Scores 1..6 repeat down the file: 1→1, 2→2, 3→3, 4→3, 5→4, 6→5.
    expect(steering!.responses.slice(0, 6).map((r) => r.value)).toEqual([1, 2, 3, 3, 4, 5]);
    expect(steering!.responses[0]!.promptId).toBe(result.preview.prompts[0]!.id);
  });

  it('names the row and column of every score that is off the scale, and writes nothing', () => {
    const file = parsed('trust.csv', trustDiagnosticCsv((i) => (i === 3 ? '7' : i === 10 ? 'lots' : i === 11 ? '' : '2')));
    const result = buildImport(file, defaultPrompts(), words.component, sixPoint);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${problemPlace(p, 'csv')}: ${p.message}`)).toEqual([
      'Row 5, score: Steering group: 7 is not on the scale. Use a whole number from 1 to 6.',
      'Row 12, score: Steering group: “lots” is not a score. Use a whole number from 1 to 6, “not yet”, “don\'t know”, or leave it blank.',
    ]);
  });

  it('names the row and field of unknown components, blank and repeated statements', () => {
    const csv = [
      'component_id,prompt_text,help',
      'shared-purpose,Why we are doing this is written down,',
      'engagment,Staff are involved,',
      'leadership,   ,',
      'Getting clinicians on board,Clinicians shape the plan,',
      'Leadership by all,Someone protects time for this,',
      'leadership,someone protects time for this ,',
      `spread,"${'x'.repeat(401)}",`,
    ].join('\n');
    const result = buildImport(parsed('mine.csv', csv), defaultPrompts(), words.component, own);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [3, 'component_id'],
      [4, 'prompt_text'],
      [7, 'prompt_text'],
      [8, 'prompt_text'],
    ]);
    expect(result.problems[0]!.message).toContain('“engagment” is not a component');
    expect(result.problems[2]!.message).toBe('The same statement is already in row 6 for this component.');
  });

  it('keeps the statements of components the file leaves out, and reuses ids of matching statements', () => {
    const model = defaultPrompts();
    const keep = model.find((p) => p.id === 'engagement.3')!;
    const csv = ['component_id,prompt_text', `engagement,${JSON.stringify(keep.text)}`, 'engagement,Clinicians tell us what matters to them'].join('\n');
    const result = buildImport(parsed('e.csv', csv), model, words.component, own);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.preview.replaced).toEqual(['engagement']);
    const engagement = result.preview.prompts.filter((p) => p.componentId === 'engagement');
    expect(engagement.map((p) => p.id)).toEqual(['engagement.3', expect.stringMatching(/^engagement\.own-/)]);
    expect(result.preview.prompts.filter((p) => p.componentId !== 'engagement')).toEqual(model.filter((p) => p.componentId !== 'engagement'));
  });

  it('refuses a file without the column names, an unclosed quote, an empty file, or too many rows', () => {
    expect(problems('x.csv', 'engagement,Staff are involved')[0]).toMatchObject({ row: 1, field: 'component_id' });
    expect(problems('x.csv', 'component_id,prompt_text\nengagement,"Staff are involved')[0]!.message).toContain('quotation mark');
    expect(problems('x.csv', '  \n')[0]!.message).toBe('The file is empty.');
    expect(problems('x.csv', 'component_id,prompt_text\n')[0]!.message).toBe('The file has column names but no statements.');
    const many = ['component_id,prompt_text', ...Array.from({ length: 241 }, (_, i) => `spread,S${i}`)].join('\n');
    expect(problems('x.csv', many)[0]!.message).toContain('241 statements');
  });

  it('refuses more than 30 statements for one component', () => {
    const csv = ['component_id,prompt_text', ...Array.from({ length: 31 }, (_, i) => `spread,Statement ${i}`)].join('\n');
    const result = buildImport(parsed('x.csv', csv), defaultPrompts(), words.component, own);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain('31 statements for “Spread of innovation”');
  });

  it('reads score headers, words and blanks', () => {
    expect(scoreColumnLabel('score')).toBe('Imported scores');
    expect(scoreColumnLabel('Score: Ward team')).toBe('Ward team');
    expect(scoreColumnLabel('score (Board)')).toBe('Board');
    expect(scoreColumnLabel('scores')).toBeUndefined();
    expect(scoreColumnLabel('section')).toBeUndefined();
    expect(readScore('not yet', sixPoint)).toEqual({ value: 'not-yet' });
    expect(readScore('Don’t know', sixPoint)).toEqual({ value: 'dont-know' });
    expect(readScore(' ', sixPoint)).toEqual({ value: null });
    expect(readScore(null, sixPoint)).toEqual({ value: null });
    expect(readScore(' 5 ', sixPoint)).toEqual({ value: 4 });
    expect(readScore(4.5, sixPoint)).toEqual({ error: '4.5 is not on the scale. Use a whole number from 1 to 6.' });
  });

  it('knows a component by its id, either vocabulary or the programme’s own name', () => {
    const cases: [string, ComponentId | undefined][] = [
      ['engagement', 'engagement'],
      ['Motivate and mobilise', 'engagement'],
      ['getting clinicians on board', 'engagement'],
      ['IMPROVEMENT TOOLS', 'improvement-methodology'],
      ['', undefined],
      ['Culture', undefined],
    ];
    for (const [cell, id] of cases) expect(resolveComponent(cell, words.component)).toBe(id);
  });
});

describe('reading JSON', () => {
  const valid = {
    format: 'change-model-prompt-set',
    version: 1,
    name: 'Trust diagnostic',
    scale: { label: 'Trust 1-6', min: 1, max: 6, steps: { '4': 4 } },
    prompts: [
      { componentId: 'shared-purpose', text: 'We agreed why', scores: { Board: 6, Ward: 'not yet' } },
      { componentId: 'engagement', text: 'Clinicians shape it', help: 'Minutes', scores: { Board: 4 } },
    ],
  };

  it('reads the statements, the scale (with its own steps) and a score per person', () => {
    const file = parsed('d.json', JSON.stringify(valid));
    expect(file.name).toBe('Trust diagnostic');
    expect(file.scoreLabels).toEqual(['Board', 'Ward']);
    expect(file.scale!.steps.map((s) => s.level)).toEqual([1, 2, 3, 4, 4, 5]);
    const result = buildImport(file, defaultPrompts(), words.component, file.scale!);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.preview.scores).toEqual([
      { label: 'Board', responses: [expect.objectContaining({ value: 5 }), expect.objectContaining({ value: 4 })] },
      { label: 'Ward', responses: [expect.objectContaining({ value: 'not-yet' })] },
    ]);
  });

  it('names the statement and field that are wrong', () => {
    const bad = { ...valid, prompts: [valid.prompts[0], { componentId: 'engagement' }, { componentId: 3, text: 'x' }] };
    expect(problems('d.json', JSON.stringify(bad)).map((p) => `${problemPlace(p, 'json')}: ${p.message}`)).toEqual([
      'Statement 2, text: Expected text',
      'Statement 3, componentId: Expected text',
    ]);
  });

  it('refuses a scale where a higher score counts for less', () => {
    const bad = { ...valid, scale: { label: 'Trust', min: 1, max: 6, steps: { '5': 2 } } };
    expect(problems('d.json', JSON.stringify(bad))).toEqual([
      { field: 'scale', message: 'Score 5 maps to a lower step than score 4: a higher score can never mean less in place' },
    ]);
  });

  it('refuses a file from a newer version, a broken file and a foreign one', () => {
    expect(problems('d.json', JSON.stringify({ ...valid, version: 2 }))[0]!.message).toContain('newer version');
    expect(problems('d.json', '{"prompts": [')[0]!.message).toContain('not valid JSON');
    expect(problems('d.json', '{"rounds": []}')[0]).toMatchObject({ field: 'prompts' });
  });
});
