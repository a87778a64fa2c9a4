/**
 * Polarity maps for the eleven default pairs (issue 16, item 4). The social-movements paper's
 * workshop method includes a polarity exercise, and the 2013 evaluation found users wanted more
 * help with alignment and tensions (evaluation-2013 §5.5, §5.6). For each pair: what each side
 * gives when it is working, the signs of leaning too far towards each side, and one or two things
 * to try. Both sides are goods; a map never says which side is right. A programme may put any part
 * in its own words (Programme.polarityMaps), as it can its statements. All wording is ours; the
 * sources are those of each pair in tensions.ts.
 */
import { canonicalPair, pairKey } from './tensions';
import type { ComponentId } from './types';

export interface PolarityMap {
  /** What each side gives when it is working: [side a, side b], a and b in canonical order (canonicalPair). */
  gives: readonly [string, string];
  /** Signs of leaning too far towards each side: [towards a, towards b]. */
  tooFar: readonly [string, string];
  /** One or two things to try. */
  tryThis: string;
}

/** The fields a programme may reword, as stored (any may be absent: the default is used). */
export interface PolarityWords {
  givesA?: string;
  givesB?: string;
  tooFarA?: string;
  tooFarB?: string;
  tryThis?: string;
}

export const POLARITY_TEXT_MAX = 600;

/** Written with each pair's sides in the order given to pairKey here; read in canonical order (see `oriented`). */
const WRITTEN: ReadonlyArray<{ a: ComponentId; b: ComponentId } & PolarityMap> = [
  // evaluation-2013 §5.3, §5.4; health-foundation-2012 challenges 3 and 6, chapter 4 (feedback without blame)
  {
    a: 'transparent-measurement',
    b: 'engagement',
    gives: [
      'Everyone can see whether things are improving, and teams can compare notes and learn from each other.',
      'People feel trusted and keep putting in ideas and effort.',
    ],
    tooFar: [
      'Figures shared as league tables; teams start explaining numbers away instead of asking what they show.',
      'Nobody shows any results for fear of upsetting people, so no one knows whether the effort is paying off.',
    ],
    tryThis: 'Show results first to the team that produced them, and talk about what the figures teach before anyone is compared.',
  },
  // evaluation-2013 §5.4 (interviewee 020), §6
  {
    a: 'engagement',
    b: 'system-drivers',
    gives: [
      'Staff take part because they care about the outcome, and keep going when nobody is checking.',
      'Contracts, targets and money give the change urgency and the means to happen.',
    ],
    tooFar: [
      'A good idea nobody funds or requires, which fades when the enthusiasts move on.',
      'Staff hear about the change mainly as a threat or a penalty, and do the minimum.',
    ],
    tryThis: 'Keep talk of contracts and penalties among those who manage them; tell staff why the change matters for patients.',
  },
  // health-foundation-2012 challenge 7; social-movements-2003 Table 1
  {
    a: 'leadership',
    b: 'engagement',
    gives: ['A clear direction, decisions made in time, and cover when the work meets resistance.', 'People shape the change themselves and own it.'],
    tooFar: [
      'Plans arrive finished; staff are consulted on details only and stop offering ideas.',
      'Many good local efforts that nobody joins up, and decisions that never quite get made.',
    ],
    tryThis: 'Agree with the group which decisions leaders will make and which are theirs, and say so openly.',
  },
  // evaluation-2013 §5.4; health-foundation-2012 chapter 4
  {
    a: 'rigorous-delivery',
    b: 'improvement-methodology',
    gives: ['Deadlines, owners and plans that keep the work moving and accountable.', 'Time to understand the problem and test changes small before spreading them.'],
    tooFar: [
      'Solutions rolled out before anyone has tested them, then quietly undone.',
      'Cycle after cycle of testing while the board asks what has actually changed.',
    ],
    tryThis: 'Put the small tests in the plan, with dates, so learning counts as delivery.',
  },
  // evaluation-2013 §4 point 6, §6
  {
    a: 'shared-purpose',
    b: 'system-drivers',
    gives: ['A reason for the change that staff and patients recognise as theirs.', 'Money, mandate and deadlines from outside that get the change onto agendas.'],
    tooFar: [
      'An aim everyone agrees with but no budget, contract or deadline supports.',
      '"Our shared purpose" used to close down objections to a change decided elsewhere.',
    ],
    tryThis: 'When a driver shapes the change, say so plainly, and ask the group how it fits the purpose they wrote.',
  },
  // evaluation-2013 §5.4
  {
    a: 'shared-purpose',
    b: 'transparent-measurement',
    gives: ['A purpose that reminds everyone what matters, including what cannot be counted.', 'Measures that make the purpose concrete and show whether it is being met.'],
    tooFar: [
      'An aim so broad that no figure could ever show it was met or missed.',
      'The measure becomes the aim: people work to move the number rather than the care.',
    ],
    tryThis: 'Agree the measures with the people who wrote the purpose, and add one question that asks patients directly.',
  },
  // health-foundation-2012 challenge 4 and chapter 4 (goal displacement)
  {
    a: 'shared-purpose',
    b: 'rigorous-delivery',
    gives: ['A purpose that keeps the plan honest about what it is for.', 'Milestones, owners and dates that turn the purpose into action.'],
    tooFar: ['A strong, shared intention that never becomes a plan anyone is held to.', 'Every milestone met on time while the real aim quietly drifts.'],
    tryThis: 'At each review, read the aim aloud before the milestones, and ask whether meeting them moved it.',
  },
  // evaluation-2013 §4 point 3 (by analogy); health-foundation-2012 challenge 9
  {
    a: 'improvement-methodology',
    b: 'spread',
    gives: ['Fidelity to the parts of the change that the evidence says make it work.', 'Each new team adapts the change to fit its own setting and makes it its own.'],
    tooFar: [
      'A change copied exactly where it does not fit, and resented as imposed.',
      'So many local versions that nobody can say what the change is, or whether it still works.',
    ],
    tryThis: 'Write down which few parts must not change and which any team may adapt, and review the list as you learn.',
  },
  // social-movements-2003 Table 1
  {
    a: 'rigorous-delivery',
    b: 'engagement',
    gives: ['Plans, roles and structures that co-ordinate many people.', 'Energy people bring of their own accord, and objections that show what the plan missed.'],
    tooFar: [
      'Resistance treated only as something to overcome; people stop saying what they see.',
      'Every objection halts the work, and the plan is never settled enough to follow.',
    ],
    tryThis: 'Keep a short list of objections raised and what was done about each, and share it.',
  },
  // ilg-2013 ("Quality improvement in the English NHS"); health-foundation-2012 chapter 4
  {
    a: 'transparent-measurement',
    b: 'system-drivers',
    gives: ['Measures teams use to learn quickly, with no one punished for a bad week.', 'Figures that reach decision makers and bring attention and resources.'],
    tooFar: ['Good work stays invisible to those who fund it.', 'People manage the numbers for the target rather than improve the care behind them.'],
    tryThis: 'Keep two uses apart: figures for the team to learn from, and a few agreed figures for reporting upward.',
  },
  // social-movements-2003 Table 1; ilg-2013 (horizontal spread)
  {
    a: 'leadership',
    b: 'spread',
    gives: ['Leaders give the change visibility and permission to spread.', 'Peers persuading peers give it credibility and reach.'],
    tooFar: ['Spread feels like an instruction from above and is adopted on paper only.', 'Spread depends on who happens to know whom, and whole areas never hear of it.'],
    tryThis: 'Ask leaders to open doors and name the change; let staff who have used it do the persuading.',
  },
];

const MAPS: ReadonlyMap<string, PolarityMap> = new Map(
  WRITTEN.map(({ a, b, ...map }) => {
    const [first] = canonicalPair(a, b);
    const swap = first !== a;
    const gives: readonly [string, string] = swap ? [map.gives[1], map.gives[0]] : map.gives;
    const tooFar: readonly [string, string] = swap ? [map.tooFar[1], map.tooFar[0]] : map.tooFar;
    return [pairKey(a, b), { gives, tooFar, tryThis: map.tryThis }];
  }),
);

/** The default map for a pair, in either order; undefined for a pair that is not a default. */
export function defaultPolarity(a: ComponentId, b: ComponentId): PolarityMap | undefined {
  return MAPS.get(pairKey(a, b));
}

/** The map a programme shows for a pair: its own words where it has them, the default elsewhere. */
export function polarityFor(a: ComponentId, b: ComponentId, own?: PolarityWords): PolarityMap | undefined {
  const base = defaultPolarity(a, b);
  if (!base) return undefined;
  const pick = (mine: string | undefined, fallback: string) => (mine && mine.trim() ? mine.trim() : fallback);
  return {
    gives: [pick(own?.givesA, base.gives[0]), pick(own?.givesB, base.gives[1])],
    tooFar: [pick(own?.tooFarA, base.tooFar[0]), pick(own?.tooFarB, base.tooFar[1])],
    tryThis: pick(own?.tryThis, base.tryThis),
  };
}

/** A map as its five editable parts (the fields of PolarityWords), for comparing and editing. */
export function polarityParts(map: PolarityMap): Required<PolarityWords> {
  return { givesA: map.gives[0], givesB: map.gives[1], tooFarA: map.tooFar[0], tooFarB: map.tooFar[1], tryThis: map.tryThis };
}

/** Keys of the pairs that have a default map. */
export const POLARITY_PAIRS: readonly string[] = [...MAPS.keys()];
