/**
 * Reading a prompt set from a CSV or JSON file (the documented templates in public/templates/).
 *
 * Nothing here writes anything: a file becomes either a list of rows or a list of problems
 * that each name the row and the field, and `buildImport` turns rows into a complete new prompt
 * set (plus any past scores mapped onto the five steps) or more problems. The screen shows a
 * preview; the database command writes all of it in one transaction, or nothing.
 */
import Papa from 'papaparse';
import { z } from '../../exchange/zod';
import type { ResponseValue } from '../../domain/types';
import { getComponent, VOCABULARIES } from '../../model/vocabulary';
import {
  checkScaleMapping,
  mapScore,
  newPromptId,
  normalisePromptText,
  PROMPT_HELP_MAX,
  PROMPT_TEXT_MAX,
  PROMPTS_PER_COMPONENT_MAX,
  sortByComponent,
  suggestedScaleMapping,
  type PromptLike,
  type ScaleMapping,
} from '../../model/promptSets';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';
import type { Level } from '../../domain/types';

export const IMPORT_FILE_MAX_BYTES = 1_000_000;
export const IMPORT_ROWS_MAX = 240;
/** Columns a prompt-set file may have: three of ours plus one score column a person, and some to spare. */
export const IMPORT_COLUMNS_MAX = 64;
/** People whose past scores one import can bring (a workshop is at most 30). */
export const IMPORT_SCORE_COLUMNS_MAX = 50;
/** Names that would reach an object's prototype rather than name a person. */
const RESERVED_LABELS = new Set(['__proto__', 'constructor', 'prototype']);
export const JSON_FORMAT_ID = 'change-model-prompt-set';
export const JSON_FORMAT_VERSION = 1;
/** The participant label used for a CSV column headed just "score". */
export const DEFAULT_SCORE_LABEL = 'Imported scores';

/** A raw score as written in the file: a number, a word ("not yet", "don't know") or blank. */
export type RawScore = number | string | null;

export interface ImportRow {
  /** What the person sees: the spreadsheet row (header = row 1) or the statement's position in JSON. */
  row: number;
  component: string;
  text: string;
  help: string;
  scores: Record<string, RawScore>;
}

export interface ParsedFile {
  format: 'csv' | 'json';
  name?: string;
  rows: ImportRow[];
  /** Labels of the score columns, in file order (each becomes a person in the imported round). */
  scoreLabels: string[];
  /** A scale carried by a JSON file. */
  scale?: ScaleMapping;
  /** Columns the app does not use, so the preview can say they were left out. */
  ignoredColumns: string[];
}

export interface ImportProblem {
  /** Row (CSV) or statement number (JSON); undefined for the whole file. */
  row?: number;
  field?: string;
  message: string;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problems: ImportProblem[] };

/** Where a problem is, in words: "Row 4, prompt_text". */
export function problemPlace(problem: ImportProblem, format: 'csv' | 'json' | undefined): string {
  const parts: string[] = [];
  if (problem.row !== undefined) parts.push(format === 'json' ? `Statement ${problem.row}` : `Row ${problem.row}`);
  if (problem.field) parts.push(problem.field);
  return parts.join(', ');
}

export function parsePromptSetFile(fileName: string, text: string): ParseResult {
  if (text.length > IMPORT_FILE_MAX_BYTES) {
    return { ok: false, problems: [{ message: 'The file is too big for a set of statements (over 1 MB). Check that it is the right file.' }] };
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, problems: [{ message: 'The file is empty.' }] };
  const looksJson = /\.json$/i.test(fileName) || trimmed.startsWith('{') || trimmed.startsWith('[');
  return looksJson ? parseJson(trimmed) : parseCsv(trimmed);
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

const COMPONENT_HEADERS = ['component_id', 'component', 'componentid'];
const TEXT_HEADERS = ['prompt_text', 'prompt', 'text', 'statement', 'question'];
const HELP_HEADERS = ['help', 'prompt_help', 'hint'];

function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** "score", "score: Ward team", "Score (Ward team)", "score - Ward team" → the person's label. */
export function scoreColumnLabel(header: string): string | undefined {
  const match = /^\s*score\s*(?:[:(\-–]\s*(.*?)\s*\)?)?\s*$/i.exec(header);
  if (!match) return undefined;
  const label = (match[1] ?? '').trim();
  return label || DEFAULT_SCORE_LABEL;
}

function parseCsv(text: string): ParseResult {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    return { ok: false, problems: [{ row: (fatal.row ?? 0) + 1, message: 'A quotation mark is not closed, so the rest of the file cannot be read. Check the quotes around this row.' }] };
  }
  const [header, ...data] = parsed.data;
  if (!header) return { ok: false, problems: [{ message: 'The file is empty.' }] };
  // Checked before any work per column: a small file can have tens of thousands of columns.
  if (header.length > IMPORT_COLUMNS_MAX) {
    return { ok: false, problems: [{ row: 1, message: `The first row has ${header.length.toLocaleString('en-GB')} columns; a set of statements has at most ${IMPORT_COLUMNS_MAX}. Check that it is the right file.` }] };
  }
  const names = header.map(normaliseHeader);
  const find = (options: string[]) => names.findIndex((n) => options.includes(n));
  const componentCol = find(COMPONENT_HEADERS);
  const textCol = find(TEXT_HEADERS);
  const helpCol = find(HELP_HEADERS);
  const problems: ImportProblem[] = [];
  if (componentCol < 0) problems.push({ row: 1, field: 'component_id', message: 'The first row must name the columns, including one headed component_id. Start from the template.' });
  if (textCol < 0) problems.push({ row: 1, field: 'prompt_text', message: 'The first row must name the columns, including one headed prompt_text. Start from the template.' });
  if (problems.length) return { ok: false, problems };

  const scoreCols: { index: number; label: string }[] = [];
  const ignoredColumns: string[] = [];
  header.forEach((h, index) => {
    if (index === componentCol || index === textCol || index === helpCol) return;
    const label = scoreColumnLabel(h);
    if (label === undefined) {
      if (h.trim()) ignoredColumns.push(h.trim());
      return;
    }
    // A diagnostic's tally columns ("score: not yet", "score: don't know") are answers, not a person's scores.
    if (isNotAScoreLabel(label)) {
      ignoredColumns.push(h.trim());
      return;
    }
    if (RESERVED_LABELS.has(label.toLowerCase())) {
      problems.push({ row: 1, field: h.trim(), message: `A score column cannot be for “${label}”. Give it a person's or team's name, for example “score: Ward team”.` });
      return;
    }
    if (scoreCols.some((c) => c.label.toLowerCase() === label.toLowerCase())) {
      problems.push({ row: 1, field: h.trim(), message: `Two score columns are for “${label}”. Give each person's scores their own label, for example “score: Ward team”.` });
    }
    scoreCols.push({ index, label });
  });
  if (scoreCols.length > IMPORT_SCORE_COLUMNS_MAX) problems.push({ row: 1, message: `The file has ${scoreCols.length} score columns; one import can bring the scores of at most ${IMPORT_SCORE_COLUMNS_MAX} people or teams.` });
  if (data.length > IMPORT_ROWS_MAX) problems.push({ message: `The file has ${data.length} statements; the most one import can take is ${IMPORT_ROWS_MAX}.` });
  if (data.length === 0) problems.push({ row: 2, message: 'The file has column names but no statements.' });
  if (problems.length) return { ok: false, problems };

  const rows: ImportRow[] = data.map((cells, i) => ({
    row: i + 2,
    component: (cells[componentCol] ?? '').trim(),
    text: cells[textCol] ?? '',
    help: helpCol >= 0 ? (cells[helpCol] ?? '') : '',
    scores: Object.fromEntries(scoreCols.map((c) => [c.label, (cells[c.index] ?? '').trim() || null])),
  }));
  return { ok: true, file: { format: 'csv', rows, scoreLabels: scoreCols.map((c) => c.label), ignoredColumns } };
}

// ---------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------

const scoreSchema = z.union([z.number(), z.string(), z.null()]);

const jsonSchema = z.object({
  format: z.literal(JSON_FORMAT_ID).optional(),
  version: z.number().int().optional(),
  name: z.string().max(120).optional(),
  scale: z
    .object({
      label: z.string().optional(),
      min: z.number().int(),
      max: z.number().int(),
      steps: z.record(z.string(), z.number().int()).optional(),
    })
    .optional(),
  prompts: z
    .array(
      z.object({
        componentId: z.string(),
        text: z.string(),
        help: z.string().optional(),
        scores: z.record(z.string(), scoreSchema).optional(),
      }),
    )
    .min(1, 'The file has no statements')
    .max(IMPORT_ROWS_MAX, `The most one import can take is ${IMPORT_ROWS_MAX} statements`),
});

function describeIssue(issue: z.core.$ZodIssue): ImportProblem {
  const path = issue.path;
  if (path[0] === 'prompts' && typeof path[1] === 'number') {
    const field = path.slice(2).map(String).join('.') || undefined;
    const message = issue.code === 'invalid_type' ? `Expected ${issue.expected === 'string' ? 'text' : issue.expected}` : issue.message;
    return { row: path[1] + 1, field, message };
  }
  const field = path.map(String).join('.') || undefined;
  const message = issue.code === 'invalid_type' ? `Expected ${issue.expected === 'string' ? 'text' : issue.expected}` : issue.message;
  return { field, message };
}

function parseJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ message: 'The file is not valid JSON. Check it against the JSON template, or save it as CSV instead.' }] };
  }
  if (Array.isArray(data)) data = { prompts: data };
  if (data && typeof data === 'object' && 'version' in data && typeof data.version === 'number' && data.version > JSON_FORMAT_VERSION) {
    return { ok: false, problems: [{ field: 'version', message: 'This file was made by a newer version of the app. Update the app, then import it again. Nothing has been changed.' }] };
  }
  // Score labels are checked on the raw file, before zod builds records from them (zod would
  // drop a "__proto__" key without a word, and tens of thousands of labels cost time per label).
  const rawPrompts = data && typeof data === 'object' ? (data as { prompts?: unknown }).prompts : undefined;
  if (Array.isArray(rawPrompts)) {
    const labels = new Set<string>();
    for (const p of rawPrompts) {
      const scores = p && typeof p === 'object' ? (p as { scores?: unknown }).scores : undefined;
      if (!scores || typeof scores !== 'object') continue;
      for (const label of Object.keys(scores)) {
        if (RESERVED_LABELS.has(label.toLowerCase())) return { ok: false, problems: [{ field: 'scores', message: `Scores cannot be for “${label}”. Give them a person's or team's name.` }] };
        labels.add(label);
      }
      if (labels.size > IMPORT_SCORE_COLUMNS_MAX) {
        return { ok: false, problems: [{ field: 'scores', message: `The file has scores for more than ${IMPORT_SCORE_COLUMNS_MAX} people or teams; one import can bring at most ${IMPORT_SCORE_COLUMNS_MAX}.` }] };
      }
    }
  }
  const result = jsonSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: result.error.issues.slice(0, 50).map(describeIssue) };
  const file = result.data;
  const labels = new Set<string>();
  for (const p of file.prompts) for (const label of Object.keys(p.scores ?? {})) labels.add(label);
  const scoreLabels = [...labels];

  let scale: ScaleMapping | undefined;
  if (file.scale) {
    const { min, max } = file.scale;
    const suggested = max > min && max - min < 100 ? suggestedScaleMapping(min, max, file.scale.label?.trim() || undefined) : { label: file.scale.label ?? '', min, max, steps: [] };
    scale = {
      ...suggested,
      steps: suggested.steps.map((s) => {
        const given = file.scale!.steps?.[String(s.score)];
        return given === undefined ? s : { score: s.score, level: given as Level };
      }),
    };
    const problems = checkScaleMapping(scale);
    if (problems.length) return { ok: false, problems: problems.map((message) => ({ field: 'scale', message })) };
  }

  return {
    ok: true,
    file: {
      format: 'json',
      ...(file.name ? { name: file.name } : {}),
      rows: file.prompts.map((p, i) => ({
        row: i + 1,
        component: p.componentId.trim(),
        text: p.text,
        help: p.help ?? '',
        scores: p.scores ?? {},
      })),
      scoreLabels,
      ...(scale ? { scale } : {}),
      ignoredColumns: [],
    },
  };
}

// ---------------------------------------------------------------------------
// From rows to a prompt set
// ---------------------------------------------------------------------------

/**
 * The component a cell names: its id, or its 2013 or 2018 label, or the programme's own name for
 * it (any case). Lenient on purpose: people fill the template in from their own diagnostic.
 */
export function resolveComponent(cell: string, ownName: (id: ComponentId) => string): ComponentId | undefined {
  const wanted = cell.trim().toLowerCase();
  if (!wanted) return undefined;
  for (const id of COMPONENT_IDS) {
    const c = getComponent(id);
    const names = [id, ...VOCABULARIES.map((v) => c.labels[v.id]), ownName(id)].map((n) => n.toLowerCase());
    if (names.includes(wanted)) return id;
  }
  return undefined;
}

const NOT_YET_WORDS = ['not yet', 'not-yet', 'not yet at this stage'];
const DONT_KNOW_WORDS = ["don't know", 'dont know', 'dont-know', 'do not know', 'unknown', '?'];
const NOT_APPLICABLE_WORDS = ['n/a', 'na', 'not applicable', 'not yet relevant'];

/** A score column label that names an answer ("not yet", "don't know", "n/a"), not a person or team. */
export function isNotAScoreLabel(label: string): boolean {
  const word = label.trim().toLowerCase().replace(/’/g, "'");
  return NOT_YET_WORDS.includes(word) || DONT_KNOW_WORDS.includes(word) || NOT_APPLICABLE_WORDS.includes(word);
}

/** A score cell as an answer on our scale, blank (null), or an error message. */
export function readScore(raw: RawScore, mapping: ScaleMapping): { value: ResponseValue | null } | { error: string } {
  if (raw === null || (typeof raw === 'string' && !raw.trim())) return { value: null };
  const range = `a whole number from ${mapping.min} to ${mapping.max}`;
  if (typeof raw === 'string') {
    const word = raw.trim().toLowerCase().replace(/\u2019/g, "'");
    if (NOT_YET_WORDS.includes(word)) return { value: 'not-yet' };
    if (DONT_KNOW_WORDS.includes(word)) return { value: 'dont-know' };
    if (!/^-?\d+(\.\d+)?$/.test(word)) return { error: `“${raw.trim()}” is not a score. Use ${range}, “not yet”, “don't know”, or leave it blank.` };
    raw = Number(word);
  }
  const level = mapScore(mapping, raw);
  if (level === undefined) return { error: `${raw} is not on the scale. Use ${range}.` };
  return { value: level };
}

export interface ImportedScores {
  label: string;
  responses: { promptId: string; value: ResponseValue }[];
}

export interface ImportPreview {
  /** The complete new prompt set for the programme. */
  prompts: PromptLike[];
  /** Components the file replaces, in model order; the others keep their statements. */
  replaced: ComponentId[];
  /** Statements per component in the file. */
  counts: Partial<Record<ComponentId, number>>;
  /** Imported statements that match one the programme already has (kept with its id). */
  kept: number;
  /** Past scores, one entry per score column that has at least one answer. */
  scores: ImportedScores[];
}

export type BuildResult = { ok: true; preview: ImportPreview } | { ok: false; problems: ImportProblem[] };

/**
 * The new prompt set: each component named in the file gets exactly the file's statements, in file
 * order; components the file leaves out keep theirs. A statement whose text matches one the
 * component already has keeps that statement's id, so trend charts see it as unchanged.
 */
export function buildImport(
  file: ParsedFile,
  current: readonly PromptLike[],
  ownName: (id: ComponentId) => string,
  mapping: ScaleMapping,
): BuildResult {
  const problems: ImportProblem[] = [];
  const mappingProblems = checkScaleMapping(mapping);
  if (mappingProblems.length) return { ok: false, problems: mappingProblems.map((message) => ({ field: 'scale', message })) };

  const textField = file.format === 'csv' ? 'prompt_text' : 'text';
  const componentField = file.format === 'csv' ? 'component_id' : 'componentId';
  const taken = new Set(current.map((p) => p.id));
  const existingByText = new Map(current.map((p) => [`${p.componentId}\n${normalisePromptText(p.text).toLowerCase()}`, p]));
  const seen = new Map<string, number>();
  const byComponent = new Map<ComponentId, PromptLike[]>();
  const scores = new Map<string, ImportedScores['responses']>(file.scoreLabels.map((l) => [l, []]));
  let kept = 0;

  for (const row of file.rows) {
    const componentId = resolveComponent(row.component, ownName);
    if (!componentId) {
      problems.push({
        row: row.row,
        field: componentField,
        message: row.component
          ? `“${row.component}” is not a component. Use one of: ${COMPONENT_IDS.join(', ')}.`
          : `Enter the component, one of: ${COMPONENT_IDS.join(', ')}.`,
      });
    }
    const text = normalisePromptText(row.text);
    if (!text) problems.push({ row: row.row, field: textField, message: 'Enter the statement; the cell is empty.' });
    else if (text.length > PROMPT_TEXT_MAX) problems.push({ row: row.row, field: textField, message: `The statement is ${text.length} characters; the most is ${PROMPT_TEXT_MAX}.` });
    const help = row.help.trim();
    if (help.length > PROMPT_HELP_MAX) problems.push({ row: row.row, field: 'help', message: `The help is ${help.length} characters; the most is ${PROMPT_HELP_MAX}.` });
    if (!componentId || !text) continue;

    const key = `${componentId}\n${text.toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ row: row.row, field: textField, message: `The same statement is already in ${file.format === 'json' ? 'statement' : 'row'} ${earlier} for this component.` });
      continue;
    }
    seen.set(key, row.row);

    const match = existingByText.get(key);
    const id = match ? match.id : newPromptId(componentId, taken);
    if (match) kept++;
    taken.add(id);
    const list = byComponent.get(componentId) ?? [];
    list.push({ id, componentId, text, ...(help ? { help } : {}) });
    byComponent.set(componentId, list);

    for (const label of file.scoreLabels) {
      const read = readScore(row.scores[label] ?? null, mapping);
      const field = file.format === 'csv' ? (label === DEFAULT_SCORE_LABEL ? 'score' : `score: ${label}`) : `scores.${label}`;
      if ('error' in read) problems.push({ row: row.row, field, message: read.error });
      else if (read.value !== null) scores.get(label)!.push({ promptId: id, value: read.value });
    }
  }

  for (const [componentId, list] of byComponent) {
    if (list.length > PROMPTS_PER_COMPONENT_MAX) {
      problems.push({ field: componentField, message: `The file has ${list.length} statements for “${ownName(componentId)}”; the most is ${PROMPTS_PER_COMPONENT_MAX}.` });
    }
  }
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };

  const replaced = COMPONENT_IDS.filter((c) => byComponent.has(c));
  const prompts = sortByComponent([
    ...current.filter((p) => !byComponent.has(p.componentId)),
    ...replaced.flatMap((c) => byComponent.get(c)!),
  ]);
  return {
    ok: true,
    preview: {
      prompts,
      replaced,
      counts: Object.fromEntries(replaced.map((c) => [c, byComponent.get(c)!.length])),
      kept,
      scores: [...scores].filter(([, r]) => r.length > 0).map(([label, responses]) => ({ label, responses })),
    },
  };
}

/** A scale to suggest for a file's scores: the file's own, ours when every score fits 1-5, else the range seen. */
export function suggestScaleForFile(file: ParsedFile): ScaleMapping {
  if (file.scale) return file.scale;
  const numbers: number[] = [];
  for (const row of file.rows) {
    for (const raw of Object.values(row.scores)) {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
      if (Number.isInteger(n)) numbers.push(n);
    }
  }
  if (numbers.length === 0) return suggestedScaleMapping(1, 5, 'Our five steps');
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  if (lo >= 1 && hi <= 5) return suggestedScaleMapping(1, 5, 'Our five steps');
  const min = lo <= 0 ? 0 : 1;
  const max = Math.min(Math.max(hi, min + 1), min + 20);
  return suggestedScaleMapping(min, max, `Our diagnostic, ${min} to ${max}`);
}
