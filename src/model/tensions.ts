/**
 * Alignment pairs: how two components work together.
 *
 * Each default pair is a polarity to manage, never a fault to fix: both sides
 * are goods, and leaning too far either way costs something. The social
 * movements paper treats the planned and the movement views of change as
 * complementary (social-movements-2003, conclusion), and the evaluation found
 * that users wanted more help with exactly these tensions (evaluation-2013 §5.3, §5.5).
 *
 * All wording is ours. Short seed names are explained in components.ts.
 */
import { COMPONENT_IDS, type ComponentId, type TensionPair } from './types';

/** An unordered pair of components, stored with `a` before `b` in COMPONENT_IDS order. */
export type ComponentPair = readonly [ComponentId, ComponentId];

/** Position of a component in COMPONENT_IDS (the canonical order). */
export function componentIndex(id: ComponentId): number {
  return COMPONENT_IDS.indexOf(id);
}

/** The two ids in canonical order (COMPONENT_IDS order), whatever order they came in. */
export function canonicalPair(a: ComponentId, b: ComponentId): ComponentPair {
  return componentIndex(a) <= componentIndex(b) ? [a, b] : [b, a];
}

/** A canonical, order-independent key for a pair, e.g. "transparent-measurement|engagement". */
export function pairKey(a: ComponentId, b: ComponentId): string {
  const [first, second] = canonicalPair(a, b);
  return `${first}|${second}`;
}

/** All 28 unordered pairs of different components, each in canonical order. */
export const ALL_PAIRS: readonly ComponentPair[] = COMPONENT_IDS.flatMap((a, i) =>
  COMPONENT_IDS.slice(i + 1).map((b): ComponentPair => [a, b]),
);

/**
 * The default pairs a programme tracks (PRODUCT.md, "Known tensions"), each stored
 * in canonical order. A programme may add or remove pairs; any of the 28 can be judged.
 */
export const DEFAULT_TENSION_PAIRS: readonly TensionPair[] = [
  // evaluation-2013 §5.3 (interviewer to 002), §5.4; health-foundation-2012 challenges 3 and 6, chapter 4
  {
    a: 'transparent-measurement',
    b: 'engagement',
    tension:
      'Open results help people see progress and hold each other to account; people also need to feel safe, not judged, if they are to keep taking part. Too much exposure can drive people away; too little leaves everyone guessing whether anything is working.',
    source: 'Evaluation 2013 §5.3, §5.4; Health Foundation 2012, challenges 3 and 6',
  },
  // evaluation-2013 §5.4 (interviewee 020 kept contract threats away from engagement), §6, Box 1
  {
    a: 'system-drivers',
    b: 'engagement',
    tension:
      "Contracts, incentives and outside pressure give a change urgency and backing; people's own reasons for caring give it energy and staying power. Lean too hard on threats and goodwill fades; ignore the levers and the change may lack the push to happen.",
    source: 'Evaluation 2013 §5.4 (interviewee 020), §6',
  },
  // health-foundation-2012 challenge 7, chapter 4 (strong leadership alongside a participatory culture);
  // social-movements-2003 Table 1
  {
    a: 'leadership',
    b: 'engagement',
    tension:
      'Clear direction from leaders gives focus and pace; a movement that people shape for themselves gives ownership and energy. Too much direction feels imposed; too little and effort scatters.',
    source: 'Health Foundation 2012, challenge 7; Bate, Robert and Bevan 2003 (social movements)',
  },
  // evaluation-2013 §5.4 (interviewee 009: pressure for speed versus doing it properly);
  // health-foundation-2012 chapter 4 (give time to planning and design before acting)
  {
    a: 'improvement-methodology',
    b: 'rigorous-delivery',
    tension:
      'Pressure to deliver keeps the work moving and accountable; taking time to understand the problem and test changes makes results last. Rushing skips the learning; lingering too long loses momentum and support.',
    source: 'Evaluation 2013 §5.4; Health Foundation 2012, chapter 4',
  },
  // evaluation-2013 §4 point 6 (purpose invoked against opposition), §5.5, §6 (drivers dominate)
  {
    a: 'shared-purpose',
    b: 'system-drivers',
    tension:
      "External drivers bring money, mandate and urgency; a shared purpose keeps the change true to what staff and patients value. When drivers dominate, 'shared purpose' can become a way to quieten objections; when they are ignored, the change may lack the backing to happen.",
    source: 'Evaluation 2013 §4 point 6, §6',
  },
  // evaluation-2013 §5.4 (measurement and engagement expose differing views of the purpose)
  {
    a: 'shared-purpose',
    b: 'transparent-measurement',
    tension:
      'Measures make the purpose concrete and testable; the purpose reminds everyone that much of what matters is hard to count. Groups may disagree about what good looks like, so choosing measures is part of agreeing the purpose.',
    source: 'Evaluation 2013 §5.4',
  },
  // health-foundation-2012 chapter 4 (goal displacement), challenge 4
  {
    a: 'shared-purpose',
    b: 'rigorous-delivery',
    tension:
      'Plans and milestones turn the purpose into action; the purpose keeps the plan honest. Milestones can be met while the real aim drifts; a purpose without a plan stays a good intention.',
    source: 'Health Foundation 2012, challenge 4 and chapter 4 (goal displacement)',
  },
  // evaluation-2013 §4 point 3 (creativity versus fidelity, said of the Change Model's own spread:
  // by analogy); health-foundation-2012 challenge 9 (transfer)
  {
    a: 'spread',
    b: 'improvement-methodology',
    tension:
      'Adapting what works to local conditions builds ownership and fit; staying faithful to what the evidence supports keeps the benefit. Too much adaptation can lose what made it work; too much fidelity can make it feel imposed and fit badly.',
    source: 'Evaluation 2013 §4 point 3',
  },
  // social-movements-2003 Table 1 (plans and milestones versus released energy; overcoming resistance
  // versus opposition as the friend of change)
  {
    a: 'rigorous-delivery',
    b: 'engagement',
    tension:
      'Plans, milestones and formal structures give co-ordination and accountability; energy that people bring of their own accord gives momentum no plan can order. Treating resistance only as something to overcome loses what it can teach; treating every objection as decisive can stall the work.',
    source: 'Bate, Robert and Bevan 2003 (social movements), Table 1',
  },
  // ilg-2013 ("Quality improvement in the English NHS": data for performance management versus
  // measurement for improvement); health-foundation-2012 chapter 4 (ritual compliance once in performance systems)
  {
    a: 'transparent-measurement',
    b: 'system-drivers',
    tension:
      'Data used for improvement helps teams learn quickly; the same data used to manage performance brings attention, accountability and resources. When measures feed targets and sanctions, people may manage the numbers rather than the care; when they never reach decision makers, good work can go unseen and unfunded.',
    source: "Improvement Leaders' Guides paper (Millar 2013), 'Quality improvement in the English NHS'",
  },
  // social-movements-2003 Table 1 (leaders and followers versus people changing each other, peer to peer);
  // ilg-2013 (horizontal spread through peers)
  {
    a: 'leadership',
    b: 'spread',
    tension:
      'Leaders can give an idea visibility and permission to spread; peers persuading peers gives it credibility and reach. Relying only on leaders can make spread feel like an instruction; relying only on peers can leave it patchy.',
    source: 'Bate, Robert and Bevan 2003 (social movements), Table 1',
  },
];

const DEFAULT_BY_KEY: ReadonlyMap<string, TensionPair> = new Map(
  DEFAULT_TENSION_PAIRS.map((pair) => [pairKey(pair.a, pair.b), pair]),
);

/** The default tension for a pair, in either order, or undefined if the pair is not a default. */
export function findTension(a: ComponentId, b: ComponentId): TensionPair | undefined {
  return DEFAULT_BY_KEY.get(pairKey(a, b));
}
