import type { ComponentId } from '../model/types';

/**
 * Default thresholds and scale constants for the measures (PRODUCT.md, "Measures").
 * Kept in one place so that they can be reviewed, tested and, later, configured.
 * Every threshold compares the UNROUNDED value: rounding is for display only.
 */

/** Lowest level on the 5-step scale ("not in place"); scores 0. */
export const LEVEL_MIN = 1;

/** Highest level on the 5-step scale ("embedded"); scores 100. */
export const LEVEL_MAX = 5;

/** Top of the score scale: a level maps to (level − 1) / 4 × SCORE_MAX. */
export const SCORE_MAX = 100;

/** Divergence (max − min of participants' scores, 0–100) is flagged at this many points or more. */
export const DIVERGENCE_FLAG = 40;

/** Divergence needs at least this many participants with a score for a component. */
export const DIVERGENCE_MIN_PARTICIPANTS = 2;

/**
 * A component is a blind spot when its attention (share 0–1 of participant × prompt
 * pairs answered with a level or "not yet") is strictly BELOW this value, or when it has
 * no coverage at all. Exactly 0.5 is not a blind spot.
 */
export const ATTENTION_BLIND_SPOT = 0.5;

/** Reported friction for a pair (mean of judgements on the 0–3 scale) is flagged at this value or more. */
export const FRICTION_FLAG = 2.0;

/**
 * A single judgement at or above this value counts as that participant reporting friction
 * ("some friction" = 2, "pulling apart" = 3).
 */
export const FRICTION_REPORTED_VALUE = 2;

/** Imbalance |coverage(A) − coverage(B)| is flagged at this many points or more, on tracked pairs only. */
export const IMBALANCE_FLAG = 30;

/**
 * Falling back (the evaporation effect): coverage is flagged when it is this many points
 * or more below the best coverage in any EARLIER round (needs at least one earlier value).
 */
export const FALLING_BACK_DROP = 15;

/** How many of the least-covered components a summary names by default. */
export const LOWEST_COMPONENTS_DEFAULT = 2;

/**
 * A component is "not yet" when at least this share of its (participant, prompt) answers are
 * "not yet at this stage" (blanks are not answers). It is listed as "not yet" and is never a
 * blind spot, never among the lowest, never falling back (PRODUCT.md, corrected "not yet").
 */
export const NOT_YET_SHARE = 0.5;

/** "The two lowest" are chosen only among components with at least this many prompts answered with a level. */
export const LOWEST_MIN_RATED_PROMPTS = 3;

/**
 * The neglect warning flags one of the four components hardest to put into practice when it is
 * this many points or more below the round's median coverage (or a blind spot, or falling back).
 * PRODUCT.md says "more than 20 points below": strictly more.
 */
export const NEGLECT_BELOW_MEDIAN = 20;

/**
 * A statement "splits the room" when the levels people gave it are at least this many steps
 * apart (for example "planned or starting" against "working well in most places"), with at
 * least DIVERGENCE_MIN_PARTICIPANTS people giving it a level (issue 13: discuss the statement,
 * not a component average).
 */
export const STATEMENT_SPLIT_STEPS = 2;

/** How many statements per component the dashboard and the presentation name as splitting the room, or most unsure. */
export const STATEMENTS_SHOWN = 2;

// ---------------------------------------------------------------------------------------------
// Roles, participation and warnings across rounds (issue 16). Each is a place to talk, not a fault.
// ---------------------------------------------------------------------------------------------

/**
 * "In place" by role shows a role only when at least this many people of that role took part,
 * and a component's median only when at least this many of them gave it a score: one person's
 * answers are never shown as a role's.
 */
export const ROLE_MIN_PEOPLE = 2;

/**
 * Senior (executive, manager) and frontline (clinical and other frontline staff) medians for a
 * component this many points or more apart are flagged, with at least
 * SENIOR_FRONTLINE_MIN_PEOPLE people scoring it on each side (mobilisation-2010 §2.1 and
 * Appendix 2, health-foundation-2012: managers see the change more positively, the more so with
 * seniority).
 */
export const SENIOR_FRONTLINE_GAP = 25;
export const SENIOR_FRONTLINE_MIN_PEOPLE = 2;

/**
 * Participation eroding (mobilisation-2010 §4.2, erosion): a role group present in the previous
 * round and absent now, or a round (or a role group) with at least this share fewer people than
 * its best earlier round. The share is compared unrounded: 10 people down to 7 is exactly 30 %.
 */
export const PARTICIPATION_DROP_SHARE = 0.3;

/**
 * Nothing seen to change (mobilisation-2010 §4.2.2, disillusionment): engagement's "in place" not
 * up in each of the last this-many rounds while rigorous delivery's rose over them.
 */
export const NOTHING_SEEN_ROUNDS = 2;

/** Nothing seen to change: an open action carried forward into this many rounds or more. */
export const CARRIED_FORWARD_TIMES = 2;

/**
 * The change resting on one person (evaluation-2013 Box 1, §5.2: knowledge and effort held by one
 * person are fragile): one owner holds this share of the open actions or more, once there are at
 * least ONE_OWNER_MIN_OPEN_ACTIONS open actions (with one or two, one owner is not yet a pattern).
 */
export const ONE_OWNER_SHARE = 0.6;
export const ONE_OWNER_MIN_OPEN_ACTIONS = 3;

/**
 * Stage-aware hints (evaluation-2013 §5.3, Box 1: some components come later). "Not yet at this
 * stage" for a component is questioned once the round's recorded stage is one of these.
 */
export const NOT_YET_QUESTIONED_AT: Readonly<Partial<Record<ComponentId, readonly string[]>>> = {
  spread: ['spreading', 'sustaining'],
};

/** A component seen as "not yet" in this many rounds running (this one included) is noted. */
export const NOT_YET_PERSISTING_ROUNDS = 3;
