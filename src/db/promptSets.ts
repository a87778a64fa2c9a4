/**
 * Commands for a programme's own words: its vocabulary, its names for components, its prompt set
 * and an imported diagnostic. Each checks its input first and writes in one transaction, so a bad
 * input changes nothing.
 */
import type { ResponseValue } from '../domain/types';
import {
  checkPromptSet,
  checkScaleMapping,
  isComponentId,
  normalisePromptText,
  samePromptSet,
  sortByComponent,
  type PromptLike,
  type ScaleMapping,
} from '../model/promptSets';
import { COMPONENT_IDS, type ComponentId, type VocabularyId } from '../model/types';
import { componentLabel } from '../model/vocabulary';
import { isMobilisationStatement, MOBILISATION_STATEMENTS } from '../model/mobilisation';
import { defaultPolarity, POLARITY_TEXT_MAX, polarityParts, type PolarityWords } from '../model/polarity';
import { parsePairKey } from '../domain/groups';
import { programmeWords } from '../model/words';
import { putAnswers } from './answers';
import { db, newId, nowIso } from './database';
import { ValidationError } from './errors';
import { defaultPrompts, programmePrompts } from './programmes';
import { markChanged, notifySaved } from './settings';
import type { CustomPrompt, Participant, Programme, Response, Round } from './types';
import { requiredDate, requiredText } from './validate';

export const COMPONENT_NAME_MAX = 80;

async function changeProgramme(programmeId: string, change: (programme: Programme) => Partial<Programme>): Promise<void> {
  await db.transaction('rw', db.programmes, db.settings, async () => {
    const programme = await db.programmes.get(programmeId);
    if (!programme) throw new ValidationError('programme', 'This programme no longer exists');
    await db.programmes.update(programmeId, { ...change(programme), updatedAt: nowIso() });
    await markChanged();
  });
  notifySaved();
}

export async function setVocabulary(programmeId: string, vocabulary: VocabularyId): Promise<void> {
  if (vocabulary !== '2013' && vocabulary !== '2018') throw new ValidationError('vocabulary', 'Choose the 2013 or the 2018 names');
  await changeProgramme(programmeId, () => ({ vocabulary }));
}

/**
 * The programme's own name for a component. A blank name, or the model's own name, removes the
 * rename. Two components may not share a name: people would not know which one they rate.
 */
export async function renameComponent(programmeId: string, componentId: ComponentId, label: string): Promise<void> {
  if (!isComponentId(componentId)) throw new ValidationError('componentId', 'Unknown component');
  const name = label.trim().replace(/\s+/g, ' ');
  if (name.length > COMPONENT_NAME_MAX) throw new ValidationError(componentId, `Names must be ${COMPONENT_NAME_MAX} characters or fewer`);
  await changeProgramme(programmeId, (programme) => {
    const labels = { ...programme.componentLabels };
    if (!name || name === componentLabel(componentId, programme.vocabulary)) delete labels[componentId];
    else labels[componentId] = name;
    const words = programmeWords({ vocabulary: programme.vocabulary, componentLabels: labels });
    const clash = COMPONENT_IDS.find((other) => other !== componentId && words.component(other).toLowerCase() === words.component(componentId).toLowerCase());
    if (clash) throw new ValidationError(componentId, `“${words.component(clash)}” is already the name of another component. Choose a different name.`);
    return { componentLabels: labels };
  });
}

/** Forget every rename: the programme uses the model's names in its vocabulary again. */
export async function restoreComponentNames(programmeId: string): Promise<void> {
  await changeProgramme(programmeId, () => ({ componentLabels: {} }));
}

function cleanPrompts(prompts: readonly PromptLike[]): CustomPrompt[] {
  return sortByComponent(prompts).map((p) => {
    const help = (p.help ?? '').trim();
    return { id: p.id, componentId: p.componentId, text: normalisePromptText(p.text), ...(help ? { help } : {}) };
  });
}

function checkedPrompts(prompts: readonly PromptLike[], programme: Programme): CustomPrompt[] {
  const words = programmeWords(programme);
  const problems = checkPromptSet(prompts, (id) => words.component(id));
  if (problems.length) throw new ValidationError(problems[0]!.componentId ?? 'prompts', problems[0]!.message);
  return cleanPrompts(prompts);
}

/**
 * Save the programme's whole prompt set. It applies to rounds started from now on; rounds already
 * started keep the prompts they were asked. A set equal to the model's defaults is stored as
 * "the model's prompts" (undefined), so later improvements to the defaults reach it.
 */
export async function savePromptSet(programmeId: string, prompts: readonly PromptLike[]): Promise<void> {
  await changeProgramme(programmeId, (programme) => {
    const clean = checkedPrompts(prompts, programme);
    return { prompts: isModelSet(clean) ? undefined : clean };
  });
}

function sameHelp(a: readonly PromptLike[], b: readonly PromptLike[]): boolean {
  return a.every((p, i) => (p.help ?? '') === (b[i]?.help ?? ''));
}

/** The model's own set, word for word (help included): stored as "no custom set". */
function isModelSet(prompts: readonly PromptLike[]): boolean {
  const defaults = defaultPrompts();
  return samePromptSet(prompts, defaults) && sameHelp(prompts, defaults);
}

/** Put one component's prompts back to the model's wording (or, with no component, all of them). */
export async function restoreModelPrompts(programmeId: string, componentId?: ComponentId): Promise<void> {
  await changeProgramme(programmeId, (programme) => {
    if (!componentId) return { prompts: undefined };
    const current = programmePrompts(programme);
    const next = sortByComponent([
      ...current.filter((p) => p.componentId !== componentId),
      ...defaultPrompts().filter((p) => p.componentId === componentId),
    ]);
    const clean = checkedPrompts(next, programme);
    return { prompts: isModelSet(clean) ? undefined : clean };
  });
}

/** Change one prompt's wording (and help), reading the latest set inside the transaction. */
export async function updatePrompt(programmeId: string, promptId: string, change: { text: string; help?: string }): Promise<void> {
  await editPrompts(programmeId, (prompts) => {
    const index = prompts.findIndex((p) => p.id === promptId);
    if (index < 0) throw new ValidationError(promptId, 'This statement has been removed, perhaps in another tab');
    const next = [...prompts];
    next[index] = { ...next[index]!, text: change.text, help: change.help ?? next[index]!.help };
    return next;
  }, promptId);
}

/** Move a prompt one place up or down within its component. */
export async function movePrompt(programmeId: string, promptId: string, direction: 'up' | 'down'): Promise<void> {
  await editPrompts(programmeId, (prompts) => {
    const prompt = prompts.find((p) => p.id === promptId);
    if (!prompt) throw new ValidationError(promptId, 'This statement has been removed, perhaps in another tab');
    const own = prompts.filter((p) => p.componentId === prompt.componentId);
    const at = own.indexOf(prompt);
    const to = direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= own.length) return prompts;
    [own[at], own[to]] = [own[to]!, own[at]!];
    return [...prompts.filter((p) => p.componentId !== prompt.componentId), ...own];
  }, promptId);
}

/** Remove a prompt; the last prompt of a component cannot be removed. */
export async function removePrompt(programmeId: string, promptId: string): Promise<void> {
  await editPrompts(programmeId, (prompts) => prompts.filter((p) => p.id !== promptId), promptId);
}

/** Add a prompt to a component, at `position` within it (default: at the end). */
export async function addPrompt(programmeId: string, prompt: PromptLike, position?: number): Promise<void> {
  await editPrompts(programmeId, (prompts) => {
    if (prompts.some((p) => p.id === prompt.id)) throw new ValidationError('id', 'This statement is already in the set');
    const own = prompts.filter((p) => p.componentId === prompt.componentId);
    own.splice(position ?? own.length, 0, prompt);
    return [...prompts.filter((p) => p.componentId !== prompt.componentId), ...own];
  }, `new-${prompt.componentId}`);
}

async function editPrompts(programmeId: string, edit: (prompts: PromptLike[]) => PromptLike[], field: string): Promise<void> {
  await changeProgramme(programmeId, (programme) => {
    const next = edit(programmePrompts(programme));
    const words = programmeWords(programme);
    const problems = checkPromptSet(next, (id) => words.component(id));
    if (problems.length) throw new ValidationError(field, problems[0]!.message);
    const clean = cleanPrompts(next);
    return { prompts: isModelSet(clean) ? undefined : clean };
  });
}

/**
 * Switch the optional mobilisation-report statements (model/mobilisation.ts) on or off for the
 * programme's rounds from now on. On adds those not already in the set, each at the end of its
 * component (a statement already there, perhaps reworded, is kept as it is); off removes them all.
 */
export async function setMobilisationStatements(programmeId: string, on: boolean): Promise<void> {
  await editPrompts(
    programmeId,
    (prompts) =>
      on
        ? [...prompts, ...MOBILISATION_STATEMENTS.filter((s) => !prompts.some((p) => p.id === s.id))]
        : prompts.filter((p) => !isMobilisationStatement(p.id)),
    'mobilisation',
  );
}

/**
 * Put one pair's polarity map (model/polarity.ts) in the programme's words. A field left blank,
 * or equal to the default wording, uses the default; with every field so, the pair has no words
 * of its own. Throws a ValidationError (field `polarity-<part>`) on a text that is too long.
 */
export async function savePolarityWords(programmeId: string, key: string, input: PolarityWords): Promise<void> {
  const pair = parsePairKey(key);
  const base = pair ? defaultPolarity(pair.a, pair.b) : undefined;
  if (!pair || !base) throw new ValidationError('pair', 'This pair has no polarity map to reword');
  const defaults = polarityParts(base);
  const own: PolarityWords = {};
  for (const field of Object.keys(defaults) as (keyof PolarityWords)[]) {
    const text = (input[field] ?? '').trim().replace(/\s+/g, ' ');
    if (text.length > POLARITY_TEXT_MAX) throw new ValidationError(`polarity-${field}`, `Each part must be ${POLARITY_TEXT_MAX} characters or fewer`);
    if (text && text !== defaults[field]) own[field] = text;
  }
  await changeProgramme(programmeId, (programme) => {
    const maps = { ...(programme.polarityMaps ?? {}) };
    if (Object.keys(own).length === 0) delete maps[key];
    else maps[key] = own;
    return { polarityMaps: maps };
  });
}

export async function clearScaleMapping(programmeId: string): Promise<void> {
  await changeProgramme(programmeId, () => ({ scaleMapping: undefined }));
}

export interface PastRoundInput {
  title: string;
  date: string;
  /** One person (or team view) per score column, with answers already mapped onto our scale. */
  people: { label: string; responses: { promptId: string; value: ResponseValue }[] }[];
}

export interface PromptSetImport {
  prompts: readonly PromptLike[];
  /** The diagnostic's own scale; undefined keeps whatever the programme had. */
  scaleMapping?: ScaleMapping;
  /** Past scores from the diagnostic, stored as a closed round. */
  pastRound?: PastRoundInput;
}

const RESPONSE_VALUES: readonly ResponseValue[] = [1, 2, 3, 4, 5, 'not-yet', 'dont-know'];

/**
 * Replace the programme's prompt set with an imported one, store the scale mapping, and record
 * any past scores as a closed round: all of it in one transaction, after checking all of it.
 */
export async function importPromptSet(programmeId: string, input: PromptSetImport): Promise<{ roundId?: string }> {
  if (input.scaleMapping) {
    const problems = checkScaleMapping(input.scaleMapping);
    if (problems.length) throw new ValidationError('scale', problems[0]!);
  }
  const past = input.pastRound;
  const title = past ? requiredText('title', 'a title for the imported round', past.title, 120) : '';
  const date = past ? requiredDate('date', 'the date of the diagnostic', past.date) : '';
  let roundId: string | undefined;

  await db.transaction('rw', [db.programmes, db.rounds, db.participants, db.sheets, db.settings], async () => {
    const programme = await db.programmes.get(programmeId);
    if (!programme) throw new ValidationError('programme', 'This programme no longer exists');
    const prompts = checkedPrompts(input.prompts, programme);
    const now = nowIso();
    await db.programmes.update(programmeId, {
      prompts: isModelSet(prompts) ? undefined : prompts,
      ...(input.scaleMapping ? { scaleMapping: input.scaleMapping } : {}),
      updatedAt: now,
    });

    if (past && past.people.some((p) => p.responses.length > 0)) {
      const promptById = new Map(prompts.map((p) => [p.id, p]));
      const answered = new Set(past.people.flatMap((p) => p.responses.map((r) => promptById.get(r.promptId)?.componentId)));
      for (const person of past.people) {
        for (const r of person.responses) {
          if (!promptById.has(r.promptId)) throw new ValidationError('scores', 'A score belongs to a statement that is not in the set');
          if (!RESPONSE_VALUES.includes(r.value)) throw new ValidationError('scores', 'A score is not on the five-step scale');
        }
      }
      const components = COMPONENT_IDS.filter((c) => c === 'shared-purpose' || answered.has(c));
      const existing = await db.rounds.where('programmeId').equals(programmeId).count();
      const round: Round = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        programmeId,
        title,
        date,
        stage: '',
        notes: input.scaleMapping
          ? `Imported from a diagnostic scored on “${input.scaleMapping.label}”, mapped onto the five steps.`
          : 'Imported from a diagnostic.',
        isBaseline: existing === 0,
        status: 'closed',
        closedAt: now,
        components,
        prompts: prompts.filter((p) => components.includes(p.componentId)),
        participantCount: past.people.filter((p) => p.responses.length > 0).length,
      };
      const participants: Participant[] = [];
      const responses: Response[] = [];
      for (const person of past.people) {
        if (person.responses.length === 0) continue;
        const participant: Participant = {
          id: newId(),
          createdAt: now,
          updatedAt: now,
          roundId: round.id,
          programmeId,
          label: requiredText('label', 'a label for each score column', person.label, 120),
          role: 'other',
          anonymous: false,
          personKey: newId(),
        };
        participants.push(participant);
        for (const r of person.responses) {
          responses.push({
            id: newId(),
            createdAt: now,
            updatedAt: now,
            roundId: round.id,
            participantId: participant.id,
            promptId: r.promptId,
            componentId: promptById.get(r.promptId)!.componentId,
            value: r.value,
            note: '',
            carriedForward: false,
          });
        }
      }
      await db.rounds.add(round);
      await db.participants.bulkAdd(participants);
      await putAnswers({ responses });
      roundId = round.id;
    }
    await markChanged();
  });
  notifySaved();
  return roundId ? { roundId } : {};
}
