/**
 * CSV exports for spreadsheets: one row per participant and prompt, and the measures of each
 * round. UTF-8 with a byte-order mark so Excel shows accents; text cells that a spreadsheet would
 * run as a formula (=, +, -, @, tab, carriage return) are neutralised with a leading apostrophe.
 */
import { answersOfRounds } from '../db/answers';
import { db } from '../db/database';
import type { Judgement, Participant, Programme, Response, Round } from '../db/types';
import { computeRoundMeasures } from '../domain/round';
import { roundInputsFromRecords, roundsInOrder, trackedPairsOf } from '../domain/records';
import { parsePairKey } from '../domain/groups';
import { COMPONENT_IDS } from '../model/types';
import { modelPromptText } from '../model/components';
import { answerLabel, roleLabel } from '../model/vocabulary';
import { programmeWords } from '../model/words';
import { slug } from './export';

export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Make a text cell safe to open in a spreadsheet: a leading formula character gets an apostrophe. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'Yes' : 'No';
  const safe = neutraliseCell(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text (CRLF line ends, as RFC 4180 and Excel expect), with the BOM. Numbers stay numbers. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(formatCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

interface ProgrammeRecords {
  programme: Programme;
  rounds: Round[];
  participants: Participant[];
  responses: Response[];
  judgements: Judgement[];
}

export async function loadProgrammeRecords(programmeId: string, roundId?: string): Promise<ProgrammeRecords> {
  return db.transaction('r', [db.programmes, db.rounds, db.participants, db.sheets], async () => {
    const programme = await db.programmes.get(programmeId);
    if (!programme) throw new Error('This programme no longer exists');
    const allRounds = await db.rounds.where('programmeId').equals(programmeId).toArray();
    const rounds = roundsInOrder(roundId ? allRounds.filter((r) => r.id === roundId) : allRounds);
    const roundIds = rounds.map((r) => r.id);
    const [participants, { responses, judgements }] = await Promise.all([
      db.participants.where('roundId').anyOf(roundIds).toArray(),
      answersOfRounds(roundIds),
    ]);
    return { programme, rounds, participants, responses, judgements };
  });
}

export const RESPONSES_HEADER = [
  'Programme',
  'Round',
  'Date',
  'Participant',
  'Role',
  'Component',
  'Prompt',
  'Answer',
  'Level (1-5)',
  'Note',
  'Component in the model',
  'Prompt in the model',
];


/**
 * One row per participant and prompt of each round, blanks included, in the programme's own words,
 * with the model's name and wording beside them (empty for a statement of the programme's own).
 */
export function responsesCsv(records: ProgrammeRecords): string {
  const words = programmeWords(records.programme);
  const answers = new Map<string, Response>();
  for (const r of records.responses) answers.set(`${r.participantId}\u0000${r.promptId}`, r);
  const rows: Cell[][] = [];
  for (const round of records.rounds) {
    const people = records.participants.filter((p) => p.roundId === round.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const person of people) {
      for (const prompt of round.prompts) {
        const answer = answers.get(`${person.id}\u0000${prompt.id}`);
        const value = answer?.value ?? null;
        rows.push([
          records.programme.name,
          round.title,
          round.date,
          person.label,
          roleLabel(person.role),
          words.component(prompt.componentId),
          prompt.text,
          value === null ? '' : answerLabel(value),
          typeof value === 'number' ? value : null,
          answer?.note ?? '',
          words.originalComponent(prompt.componentId),
          modelPromptText(prompt.id) ?? '',
        ]);
      }
    }
  }
  return toCsv(RESPONSES_HEADER, rows);
}

export const MEASURES_HEADER = [
  'Programme',
  'Round',
  'Date',
  'Kind',
  'Component or pair',
  'In place (0-100)',
  'Attended to (%)',
  'Spread of views (points)',
  'Spread of views flagged',
  'Blind spot',
  'People counted',
  'Friction (0-3)',
  'Friction flagged',
  'Gap (points)',
  'Gap flagged',
  'Softer minus harder (points)',
];

const whole = (v: number | undefined) => (v === undefined ? null : Math.round(v));
const oneDecimal = (v: number | undefined) => (v === undefined ? null : Math.round(v * 10) / 10);

/**
 * Measures of every round: a row for the round, a row per component asked, a row per tracked pair.
 * "People counted" is people with a score (component) or who judged the pair (pair).
 */
export function measuresCsv(records: ProgrammeRecords): string {
  const words = programmeWords(records.programme);
  const inputs = roundInputsFromRecords(records);
  const tracked = trackedPairsOf(records.programme);
  const rows: Cell[][] = [];
  const rounds = new Map(records.rounds.map((r) => [r.id, r]));
  for (const input of inputs) {
    const round = rounds.get(input.id)!;
    const m = computeRoundMeasures(input, tracked);
    const base = [records.programme.name, round.title, round.date];
    rows.push([...base, 'Round', 'Whole round', null, null, null, null, null, null, null, null, null, null, whole(m.softHardBalance)]);
    for (const id of COMPONENT_IDS) {
      const c = m.components[id];
      if (c.promptCount === 0) continue;
      rows.push([
        ...base,
        'Component',
        words.component(id),
        whole(c.coverage),
        Math.round(c.attention * 100),
        whole(c.divergence),
        c.divergent,
        c.blindSpot,
        c.scoredCount,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
    for (const p of m.trackedPairs) {
      const pair = parsePairKey(p.key);
      const name = pair ? `${words.component(p.a)} and ${words.component(p.b)}` : p.key;
      rows.push([...base, 'Pair', name, null, null, null, null, null, p.judgedBy, oneDecimal(p.friction), p.frictionFlag, whole(p.imbalance), p.imbalanceFlag, null]);
    }
  }
  return toCsv(MEASURES_HEADER, rows);
}

export function csvFileName(programme: Pick<Programme, 'name'>, what: 'answers' | 'measures', round?: Pick<Round, 'title'>): string {
  return `change-model-${what}-${slug(programme.name)}${round ? `-${slug(round.title)}` : ''}.csv`;
}
