/**
 * The pulse prompt set (issue 13): one statement per component, shared purpose first, and the
 * three pairs the seeds cite most, for a five-minute check in a meeting. The full set takes a
 * room of ten about 15 minutes a person; the pulse takes about 5 and still covers all eight
 * components, so nothing is left out of sight (evaluation-2013 §5.3: the "harder" components
 * are the ones dropped first when time is short).
 *
 * All wording is ours. Each statement gathers the idea its component's full statements test
 * (see components.ts), in one sentence a clinician can answer from experience.
 */
import type { CustomPrompt } from '../db/types';
import { pairKey } from './tensions';
import { COMPONENT_IDS } from './types';

const TEXT: Record<(typeof COMPONENT_IDS)[number], string> = {
  // Shared purpose: a purpose people can state in their own words, tied to patients (components.ts).
  'shared-purpose': 'People involved can say in their own words what this change is for and why it matters to patients.',
  // Leadership for change: leaders at every level, not only at the top.
  leadership: 'Leaders at every level give this change time, visible backing and permission to try things.',
  // Spread of innovation: sharing and local adaptation.
  spread: 'What works here is being shared with other teams, and adapted by them to fit.',
  // Improvement methodology: small tests and learning from them.
  'improvement-methodology': 'We test changes on a small scale and learn from each test before going further.',
  // Rigorous delivery: a plan with owners and milestones, checked.
  'rigorous-delivery': 'There is a clear plan with owners and milestones, and we check progress against it.',
  // Transparent measurement: few measures, looked at often, shared without blame.
  'transparent-measurement': 'We look at a few agreed measures often, and share them openly without blame.',
  // System drivers: contracts, incentives and policy pulling the same way.
  'system-drivers': 'Contracts, incentives and policy support this change rather than work against it.',
  // Engagement to mobilise: people shaping the change, not only told about it.
  engagement: 'Staff, patients and partners are shaping this change, not just being told about it.',
};

/** Statement ids of their own, so a trend chart marks a pulse round as asked in other words. */
export const PULSE_PROMPTS: readonly CustomPrompt[] = COMPONENT_IDS.map((componentId) => ({
  id: `pulse.${componentId}`,
  componentId,
  text: TEXT[componentId],
}));

/**
 * The three default pairs whose tension two seeds each describe (PRODUCT.md, "Known tensions"):
 * measurement and engagement (evaluation §5.3-5.4, Health Foundation challenges 3 and 6),
 * leadership and engagement (Health Foundation challenge 7, social movements), and delivery and
 * improvement methodology (evaluation §5.4, Health Foundation chapter 4).
 */
export const PULSE_PAIRS: readonly string[] = [
  pairKey('transparent-measurement', 'engagement'),
  pairKey('leadership', 'engagement'),
  pairKey('improvement-methodology', 'rigorous-delivery'),
];

/** Seconds a person takes per statement and per pair, for the room's time estimate (issue 13: about 25 s). */
export const SECONDS_PER_STATEMENT = 25;
export const SECONDS_PER_PAIR = 20;

/** Minutes for a whole room, rounded up: people x (statements x 25 s + pairs x 20 s). */
export function roomMinutes(people: number, statements: number, pairs: number): number {
  return Math.ceil((people * (statements * SECONDS_PER_STATEMENT + pairs * SECONDS_PER_PAIR)) / 60);
}
