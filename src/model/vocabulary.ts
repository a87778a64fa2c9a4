/**
 * Labels, scales, stages, roles and a plain-words glossary.
 *
 * All wording is ours. The scales avoid any sense of a grade or pass mark: the
 * model is a prompt for thinking, not a checklist (evaluation-2013 §3.3, §5.5, §6).
 */
import type { JudgementValue, Level, ResponseValue } from '../domain/types';
import { COMPONENTS } from './components';
import type { ChangeComponent, ComponentGroup, ComponentId, ModelPrompt, VocabularyId } from './types';

// ---------------------------------------------------------------------------
// Components and labels
// ---------------------------------------------------------------------------

/** The built-in vocabularies a programme can choose between. */
export const VOCABULARIES: readonly { id: VocabularyId; label: string; description: string }[] = [
  {
    id: '2013',
    label: 'NHS Change Model (2013)',
    description: 'The original names of the eight components. The default.',
  },
  {
    id: '2018',
    label: 'NHS England refresh (2018)',
    description: 'The later names, which rename six of the eight components.',
  },
];

export const DEFAULT_VOCABULARY: VocabularyId = '2013';

const COMPONENT_BY_ID: ReadonlyMap<ComponentId, ChangeComponent> = new Map(
  COMPONENTS.map((c) => [c.id, c]),
);

/** The component with this id. Every ComponentId has exactly one component. */
export function getComponent(id: ComponentId): ChangeComponent {
  const component = COMPONENT_BY_ID.get(id);
  if (!component) throw new Error(`Unknown component id: ${String(id)}`);
  return component;
}

/**
 * The label to show for a component: the programme's own wording if it has one
 * (a blank override is ignored), otherwise the label from the chosen vocabulary.
 */
export function componentLabel(
  id: ComponentId,
  vocabulary: VocabularyId = DEFAULT_VOCABULARY,
  overrides?: Partial<Record<ComponentId, string>>,
): string {
  const own = overrides?.[id]?.trim();
  if (own) return own;
  return getComponent(id).labels[vocabulary];
}

/** Every built-in prompt, in component order then prompt order. */
export const ALL_PROMPTS: readonly ModelPrompt[] = COMPONENTS.flatMap((c) => c.prompts);

const PROMPT_BY_ID: ReadonlyMap<string, ModelPrompt> = new Map(ALL_PROMPTS.map((p) => [p.id, p]));

/** A built-in prompt by id, or undefined (e.g. a prompt a programme added itself). */
export function getPrompt(id: string): ModelPrompt | undefined {
  return PROMPT_BY_ID.get(id);
}

// ---------------------------------------------------------------------------
// Softer / harder grouping (evaluation-2013 §5.3, §5.4)
// ---------------------------------------------------------------------------

function idsInGroup(group: ComponentGroup): readonly ComponentId[] {
  return COMPONENTS.filter((c) => c.group === group).map((c) => c.id);
}

/**
 * Components by group. Softer/intrinsic: shared purpose, leadership, engagement.
 * Harder/structural: rigorous delivery, transparent measurement, system drivers, spread.
 * Improvement methodology sits between and belongs to neither.
 */
export const COMPONENT_GROUPS: Readonly<Record<ComponentGroup, readonly ComponentId[]>> = {
  softer: idsInGroup('softer'),
  harder: idsInGroup('harder'),
  between: idsInGroup('between'),
};

export function groupOf(id: ComponentId): ComponentGroup {
  return getComponent(id).group;
}

export function softerComponents(): readonly ComponentId[] {
  return COMPONENT_GROUPS.softer;
}

export function harderComponents(): readonly ComponentId[] {
  return COMPONENT_GROUPS.harder;
}

export const GROUP_LABELS: Readonly<Record<ComponentGroup, { label: string; description: string }>> = {
  softer: {
    label: 'Softer',
    description: 'Values, relationships and motivation: shared purpose, leadership, engagement.',
  },
  harder: {
    label: 'Harder',
    description: 'Structures and systems: delivery, measurement, system drivers, spread.',
  },
  between: {
    label: 'Between',
    description: 'Improvement methodology draws on both and belongs to neither group.',
  },
};

// ---------------------------------------------------------------------------
// Answer scale for prompts
// ---------------------------------------------------------------------------

export interface ScaleStep<V> {
  value: V;
  label: string;
  /** One line saying what choosing this step means. */
  description: string;
}

/** How far a prompt is in place: five steps from "not in place" to "embedded". */
export const ANSWER_SCALE: readonly ScaleStep<Level>[] = [
  {
    value: 1,
    label: 'Not in place',
    description: 'Nothing like this is happening yet.',
  },
  {
    value: 2,
    label: 'Planned or starting',
    description: 'Agreed or just begun; too early to see it working.',
  },
  {
    value: 3,
    label: 'In place in parts',
    description: 'Happening in some places or some of the time, with clear gaps.',
  },
  {
    value: 4,
    label: 'Working well in most places',
    description: 'Usually happening, and we could name the few gaps.',
  },
  {
    value: 5,
    label: 'Embedded',
    description: 'Part of how we work; it would carry on if the project ended or the lead moved on.',
  },
];

/** A first-class answer, distinct from "not in place" and from "don't know" (evaluation-2013 §5.3). */
export const NOT_YET: ScaleStep<'not-yet'> = {
  value: 'not-yet',
  label: 'Not yet at this stage',
  description:
    'Not relevant at this point in the change, for example spreading something that has not been tested yet. This is not the same as weak.',
};

export const DONT_KNOW: ScaleStep<'dont-know'> = {
  value: 'dont-know',
  label: "Don't know",
  description: 'You have no way to judge this. That is worth knowing too: someone else may be able to.',
};

/** Every answer a participant can give to a prompt, in the order to offer them. */
export const ANSWER_OPTIONS: readonly ScaleStep<ResponseValue>[] = [...ANSWER_SCALE, NOT_YET, DONT_KNOW];

/** The label for an answer value. */
export function answerLabel(value: ResponseValue): string {
  const step = ANSWER_OPTIONS.find((s) => s.value === value);
  if (!step) throw new Error(`Unknown answer value: ${String(value)}`);
  return step.label;
}

// ---------------------------------------------------------------------------
// Judgement scale for alignment pairs
// ---------------------------------------------------------------------------

/** How two components are working together. Higher means more friction, not a worse team. */
export const JUDGEMENT_SCALE: readonly ScaleStep<JudgementValue>[] = [
  {
    value: 0,
    label: 'Reinforcing',
    description: 'Work on one is helping the other.',
  },
  {
    value: 1,
    label: 'Independent',
    description: 'They get on without much effect on each other.',
  },
  {
    value: 2,
    label: 'Some friction',
    description: "They sometimes get in each other's way; worth keeping an eye on.",
  },
  {
    value: 3,
    label: 'Pulling apart',
    description: 'Progress on one is costing the other; worth talking about now.',
  },
];

export function judgementLabel(value: JudgementValue): string {
  const step = JUDGEMENT_SCALE.find((s) => s.value === value);
  if (!step) throw new Error(`Unknown judgement value: ${String(value)}`);
  return step.label;
}

// ---------------------------------------------------------------------------
// Stages of a change (evaluation-2013 §5.3: some components matter more at some stages)
// ---------------------------------------------------------------------------

export const STAGE_IDS = [
  'defining',
  'designing',
  'testing',
  'implementing',
  'spreading',
  'sustaining',
] as const;

export type StageId = (typeof STAGE_IDS)[number];

export const STAGES: readonly { id: StageId; label: string; description: string }[] = [
  {
    id: 'defining',
    label: 'Defining the problem',
    description: 'Working out what the problem is, and agreeing that it matters.',
  },
  {
    id: 'designing',
    label: 'Designing',
    description: 'Choosing what to change and planning how.',
  },
  {
    id: 'testing',
    label: 'Testing',
    description: 'Trying changes on a small scale and learning from them.',
  },
  {
    id: 'implementing',
    label: 'Implementing',
    description: 'Putting the change in place across the service.',
  },
  {
    id: 'spreading',
    label: 'Spreading',
    description: 'Helping other teams or organisations adopt and adapt it.',
  },
  {
    id: 'sustaining',
    label: 'Sustaining',
    description: 'Keeping the gains once the project has ended.',
  },
];

// ---------------------------------------------------------------------------
// Participant roles (mobilisation-2010 §2.1: what moves people differs by role)
// ---------------------------------------------------------------------------

export const ROLE_IDS = [
  'executive',
  'manager',
  'doctor',
  'nurse-midwife',
  'ahp',
  'clinician',
  'admin-clerical',
  'support-ancillary',
  'frontline',
  'patient-public',
  'partner',
  'other',
] as const;

export type RoleId = (typeof ROLE_IDS)[number];

/**
 * Roles in groups. The finer clinical and staff roles follow the mobilisation report's chapter 2.1
 * (nurses, allied health professionals, ancillary staff, administrators, managers, executives) and
 * Appendix 2 (doctors): what moves people, and how they see the change, differs by role. The
 * earlier, broader roles ("clinician", "frontline staff") stay, so older rounds read as they
 * were, and each sits in the same group as the finer roles that replace it: trends across rounds
 * compare groups, not single roles.
 */
export const ROLE_GROUP_IDS = ['senior', 'clinical', 'staff', 'patient-public', 'partner', 'other'] as const;
export type RoleGroupId = (typeof ROLE_GROUP_IDS)[number];

export const ROLE_GROUPS: readonly { id: RoleGroupId; label: string; roles: readonly RoleId[] }[] = [
  { id: 'senior', label: 'Executives and managers', roles: ['executive', 'manager'] },
  { id: 'clinical', label: 'Clinical staff', roles: ['doctor', 'nurse-midwife', 'ahp', 'clinician'] },
  { id: 'staff', label: 'Other frontline staff', roles: ['admin-clerical', 'support-ancillary', 'frontline'] },
  { id: 'patient-public', label: 'Patients and the public', roles: ['patient-public'] },
  { id: 'partner', label: 'Partner organisations', roles: ['partner'] },
  { id: 'other', label: 'Other roles', roles: ['other'] },
];

export const ROLES: readonly { id: RoleId; label: string }[] = [
  { id: 'executive', label: 'Executive or board' },
  { id: 'manager', label: 'Manager' },
  { id: 'doctor', label: 'Doctor' },
  { id: 'nurse-midwife', label: 'Nurse or midwife' },
  { id: 'ahp', label: 'Allied health professional' },
  { id: 'clinician', label: 'Clinician' },
  { id: 'admin-clerical', label: 'Admin or clerical' },
  { id: 'support-ancillary', label: 'Support or ancillary' },
  { id: 'frontline', label: 'Frontline staff' },
  { id: 'patient-public', label: 'Patient or public representative' },
  { id: 'partner', label: 'Partner organisation' },
  { id: 'other', label: 'Other' },
];

/** The group a role belongs to; a role this app does not know (from an older file) counts as "other". */
export function roleGroupOf(role: string): RoleGroupId {
  return ROLE_GROUPS.find((g) => (g.roles as readonly string[]).includes(role))?.id ?? 'other';
}

export function roleGroupLabel(id: RoleGroupId): string {
  return ROLE_GROUPS.find((g) => g.id === id)?.label ?? id;
}

/** The label for a role id; unknown ids (e.g. from an older file) are shown as they are. */
export function roleLabel(id: string): string {
  return ROLES.find((r) => r.id === id)?.label ?? id;
}

// ---------------------------------------------------------------------------
// Glossary, for users (ilg-2013: plain words by default, a glossary on demand)
// ---------------------------------------------------------------------------

export interface GlossaryEntry {
  /** Anchor on the glossary page and key for `Define` (e.g. "in-place"). */
  id: string;
  term: string;
  definition: string;
}

/**
 * One user-facing name per measure on every screen, export and paper (PRODUCT.md, "Measures"):
 * coverage is "in place", attention "attended to", divergence "spread of views", reported
 * friction "friction", imbalance "gap", the soft/hard balance "softer minus harder". The code
 * keeps its own names.
 */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'component',
    term: 'Component',
    definition:
      'One of the eight parts of the Change Model. Your programme can rename them in its own words.',
  },
  {
    id: 'review-round',
    term: 'Review round',
    definition:
      "One dated look at the programme, usually at a meeting. Each person answers for themselves; the app then shows the group's view.",
  },
  {
    id: 'baseline',
    term: 'Baseline',
    definition:
      'Your first round: the starting point that later rounds are compared with. For measures of care, the figures you had before making changes.',
  },
  {
    id: 'in-place',
    term: 'In place (0 to 100)',
    definition:
      "How far a component is in place as people see it. Each person's statements give them a score from 0 (not in place) to 100 (embedded); the group's figure is the middle one. It is a prompt for discussion, not a mark.",
  },
  {
    id: 'attended-to',
    term: 'Attended to',
    definition:
      "The share of a component's statements that people could answer, counting 'not yet at this stage' as answered and 'don't know' or a blank as not.",
  },
  {
    id: 'spread-of-views',
    term: 'Spread of views',
    definition:
      "How far apart people's views of a component are: the highest score minus the lowest, flagged at 40 points. A wide spread is worth talking about, not averaging away.",
  },
  {
    id: 'blind-spot',
    term: 'Blind spot',
    definition:
      "A component nobody could rate, or one where fewer than half of the possible answers were given ('don't know' and blanks do not count). Often a sign it has not been discussed yet. A component that is 'not yet' is never a blind spot.",
  },
  {
    id: 'not-yet',
    term: 'Not yet at this stage',
    definition:
      "An answer meaning 'this does not apply yet', for example spread before anything has been tested. It is not the same as 'not in place'. A component where at least half the answers say so is listed as 'not yet', never as weak.",
  },
  {
    id: 'alignment',
    term: 'How the parts work together',
    definition:
      'How two components work together: helping each other (reinforcing), getting on separately (independent), rubbing against each other (some friction) or pulling apart.',
  },
  {
    id: 'friction',
    term: 'Friction (0 to 3)',
    definition:
      "The average of people's views on how much two components are getting in each other's way, from 0 (reinforcing) to 3 (pulling apart). Flagged at 2.",
  },
  {
    id: 'gap',
    term: 'Gap',
    definition:
      'The difference between how far the two components of a pair are in place. A gap of 30 points or more on a tracked pair can mean one is racing ahead while the other is left behind.',
  },
  {
    id: 'softer-minus-harder',
    term: 'Softer minus harder',
    definition:
      'How far the softer components (purpose, leadership, engagement) are in place on average, minus the harder ones (delivery, measurement, system drivers, spread). A large figure can mean the structural work is being put off.',
  },
  {
    id: 'hardest',
    term: 'Hardest to put into practice',
    definition:
      "Engagement, system drivers, spread and transparent measurement: the four components the 2013 evaluation of the model found hardest to turn into practice. The app warns when one of them is a blind spot, falling back, or more than 20 points below the round's middle component.",
  },
  {
    id: 'polarity',
    term: 'Polarity',
    definition:
      'Two goods that tug against each other, such as pace and care. You do not solve a polarity; you keep an eye on the balance and adjust it.',
  },
  {
    id: 'falling-back',
    term: 'Falling back',
    definition:
      "When a component drops 15 points or more below the best 'in place' it reached in an earlier round. Gains often fade once a project ends.",
  },
  {
    id: 'evidence-note',
    term: 'Evidence note',
    definition:
      'A short note of what your answer rests on: a local example someone could check. It keeps answers honest and helps the next round.',
  },
];

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((g) => g.id === id);
}
