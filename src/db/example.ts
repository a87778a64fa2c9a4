/**
 * A worked example programme (issue 16): a made-up but realistic change, with a baseline and two
 * later rounds, eight people in several roles, tracked pairs judged, events, actions carried
 * forward and lessons. It lets a new user see every chart filled before they have data of their
 * own, and serves as a case study for training. It goes onto the device through the same check
 * and merge as a restored backup (so it is valid data by construction), is marked `example`, and
 * is removed in one step.
 *
 * The story is ours. What it shows is grounded in the seeds: managers seeing the change as further
 * along than frontline staff (mobilisation-2010 §2.1, Appendix 2), a review where only senior
 * people came (social-movements-2003; ilg-2013 "only the converted"), delivery rising while
 * engagement does not (mobilisation-2010 §4.2.2), actions resting on one person and carried
 * forward (evaluation-2013 Box 1), and spread still "not yet" once the programme says it is
 * spreading (evaluation-2013 §5.3).
 */
import { DEFAULT_TENSION_PAIRS, pairKey } from '../model/tensions';
import type { ComponentId } from '../model/types';
import type { Level, ResponseValue } from '../domain/types';
import { BACKUP_FORMAT, FORMAT_VERSION, appVersion, emptyBackupData, type Backup } from '../exchange/format';
import { db } from './database';
import { defaultPrompts, defaultTrackedPairs, deleteProgramme } from './programmes';
import type { Action, Judgement, Lesson, Participant, Programme, ProgrammeEvent, Response, Round } from './types';

export const EXAMPLE_NAME = 'Example: home by lunchtime (frailty discharge)';

type Group = 'senior' | 'clinical' | 'staff' | 'patient';

interface Person {
  key: string;
  label: string;
  role: Participant['role'];
  group: Group;
}

const PEOPLE: Person[] = [
  { key: 'ex-1', label: 'Helen (director of operations)', role: 'executive', group: 'senior' },
  { key: 'ex-2', label: 'Marcus (service manager)', role: 'manager', group: 'senior' },
  { key: 'ex-3', label: 'Priya (ward sister)', role: 'nurse-midwife', group: 'clinical' },
  { key: 'ex-4', label: 'Tom (staff nurse)', role: 'nurse-midwife', group: 'clinical' },
  { key: 'ex-5', label: 'Dr Okafor (geriatrician)', role: 'doctor', group: 'clinical' },
  { key: 'ex-6', label: 'Leah (occupational therapist)', role: 'ahp', group: 'clinical' },
  { key: 'ex-7', label: 'Sam (discharge coordinator)', role: 'admin-clerical', group: 'staff' },
  { key: 'ex-8', label: 'Joan (patient representative)', role: 'patient-public', group: 'patient' },
];
const PARTNER: Person = { key: 'ex-9', label: 'Ravi (community services)', role: 'partner', group: 'staff' };
const PORTER: Person = { key: 'ex-10', label: 'Dee (ward housekeeper)', role: 'support-ancillary', group: 'staff' };
const MATRON: Person = { key: 'ex-11', label: 'Nadia (matron)', role: 'manager', group: 'senior' };

/** Who took part in each round: everyone, then only senior people and a partner, then fewer clinical staff and a new matron. */
const ROUNDS = [
  { key: 'r1', title: 'Baseline', daysAgo: 182, stage: 'designing', people: PEOPLE },
  { key: 'r2', title: 'Spring review', daysAgo: 91, stage: 'testing', people: [PEOPLE[0]!, PEOPLE[1]!, PARTNER] },
  { key: 'r3', title: 'Summer review', daysAgo: 7, stage: 'spreading', people: [PEOPLE[0]!, PEOPLE[1]!, MATRON, PEOPLE[2]!, PEOPLE[3]!, PEOPLE[6]!, PORTER] },
] as const;

/**
 * The level each kind of person gives a component in each round (every statement of it alike, so
 * the story's numbers are exact), or "not yet". Engagement: 50, 50, then 100 for senior people and
 * 25 for the rest; delivery rises 25, 50, 75; spread is "not yet" throughout.
 */
function levelFor(component: ComponentId, round: number, group: Group, statement: number, person: number): ResponseValue {
  switch (component) {
    case 'engagement':
      return round < 2 ? 3 : group === 'senior' ? 5 : 2;
    case 'rigorous-delivery':
      return ([2, 3, 4] as const)[round]!;
    case 'spread':
      return 'not-yet';
    case 'shared-purpose':
      return group === 'patient' ? 3 : 4;
    case 'leadership':
      return group === 'patient' ? 2 : 3;
    case 'improvement-methodology':
      return (round === 0 ? 2 : 3) as Level;
    case 'transparent-measurement':
      // Up in the spring, then falling back once the weekly data stopped (see the events).
      return ([3, 4, 2] as const)[round]!;
    case 'system-drivers':
      // Often not known outside management.
      return group === 'senior' ? ((round < 2 ? 2 : 3) as Level) : (statement + person) % 2 === 0 ? 'dont-know' : 2;
  }
}

/** How each person sees each tracked pair (0 reinforcing to 3 pulling apart). */
function judgementFor(a: ComponentId, b: ComponentId, round: number, group: Group): 0 | 1 | 2 | 3 {
  const key = pairKey(a, b);
  if (key === pairKey('engagement', 'transparent-measurement')) return round === 2 && group !== 'senior' ? 3 : 1;
  if (key === pairKey('rigorous-delivery', 'engagement')) return round === 2 ? (group === 'senior' ? 1 : 3) : 1;
  if (key === pairKey('shared-purpose', 'system-drivers')) return group === 'senior' ? 2 : 1;
  if (key === pairKey('leadership', 'engagement')) return group === 'senior' ? 0 : 2;
  return round === 0 ? 1 : 0;
}

const NOTES: Partial<Record<ComponentId, Record<number, string>>> = {
  engagement: {
    0: 'Ward staff came to the first two workshops; night staff have not been involved yet.',
    2: 'On the ward it feels like another target: the discharge lounge opened but nobody asked us how the mornings work.',
  },
  'rigorous-delivery': { 2: 'The project plan is on track: the lounge opened in May and the board gets a monthly report.' },
  'transparent-measurement': { 2: 'We stopped getting the weekly discharge-by-noon chart when the analyst left.' },
  spread: { 2: 'Two other wards asked about it, but nothing has been planned.' },
};

function isoDaysAgo(today: Date, days: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** The example as a backup file of one programme, with fresh ids (so it can be loaded again after removal). */
export function buildExampleBackup(today = new Date(), newId: () => string = () => crypto.randomUUID()): Backup {
  const data = emptyBackupData();
  const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const prompts = defaultPrompts();
  const programmeId = newId();
  const startDate = isoDaysAgo(today, 200);
  const noon = newId();
  const stay = newId();
  // The programme's own measures (issue 16, item 6): better for patients, though more slowly than "in place" moved.
  const OUTCOMES = [
    { [noon]: 14, [stay]: 9.5 },
    { [noon]: 19, [stay]: 9.1 },
    { [noon]: 21, [stay]: 9.2 },
  ];
  const programme: Programme = {
    id: programmeId,
    createdAt: at(startDate),
    updatedAt: at(startDate),
    name: EXAMPLE_NAME,
    aim: 'More frail older people go home from the acute medical wards before lunchtime, safely and with the support they need, rather than waiting until evening.',
    organisations: 'An acute trust, its community services and the local authority (all made up)',
    vocabulary: '2013',
    kind: 'team',
    example: true,
    componentLabels: {},
    trackedPairs: defaultTrackedPairs(),
    outcomeMeasures: [
      { id: noon, name: 'Patients home before noon', unit: '%' },
      { id: stay, name: 'Average length of stay', unit: 'days' },
    ],
  };
  data.programmes.push(programme);

  const roundIds: string[] = [];
  ROUNDS.forEach((spec, r) => {
    const date = isoDaysAgo(today, spec.daysAgo);
    const round: Round = {
      id: newId(),
      createdAt: at(date, 9),
      updatedAt: at(date, 17),
      programmeId,
      title: spec.title,
      date,
      stage: spec.stage,
      notes: r === 1 ? 'Only the steering group could come: the wards were short-staffed.' : '',
      isBaseline: r === 0,
      status: r === ROUNDS.length - 1 ? 'open' : 'closed',
      components: [...new Set(prompts.map((p) => p.componentId))],
      prompts,
      ...(r > 0 ? { previousRoundId: roundIds[r - 1] } : {}),
      ...(r < ROUNDS.length - 1 ? { closedAt: at(date, 17) } : {}),
      outcomes: OUTCOMES[r]!,
    };
    roundIds.push(round.id);
    data.rounds.push(round);
    spec.people.forEach((person, p) => {
      const participant: Participant = {
        id: newId(),
        createdAt: at(date, 9),
        updatedAt: at(date, 9),
        roundId: round.id,
        programmeId,
        label: person.label,
        role: person.role,
        anonymous: false,
        personKey: person.key,
      };
      data.participants.push(participant);
      const perComponent = new Map<ComponentId, number>();
      for (const prompt of prompts) {
        const n = perComponent.get(prompt.componentId) ?? 0;
        perComponent.set(prompt.componentId, n + 1);
        const note = n === 0 && p === 0 ? (NOTES[prompt.componentId]?.[r] ?? '') : '';
        const response: Response = {
          id: newId(),
          createdAt: at(date, 11),
          updatedAt: at(date, 11),
          roundId: round.id,
          participantId: participant.id,
          promptId: prompt.id,
          componentId: prompt.componentId,
          value: levelFor(prompt.componentId, r, person.group, n, p),
          note,
          carriedForward: false,
        };
        data.responses.push(response);
      }
      for (const pair of DEFAULT_TENSION_PAIRS) {
        const judgement: Judgement = {
          id: newId(),
          createdAt: at(date, 12),
          updatedAt: at(date, 12),
          roundId: round.id,
          participantId: participant.id,
          pairKey: pairKey(pair.a, pair.b),
          value: judgementFor(pair.a, pair.b, r, person.group),
          note: '',
        };
        data.judgements.push(judgement);
      }
    });
  });

  const [r1, r2, r3] = roundIds as [string, string, string];
  const action = (roundId: string, date: string, text: string, owner: string, componentId: ComponentId | null, status: Action['status'], carriedInto: string[]): Action => ({
    id: newId(),
    createdAt: at(date, 16),
    updatedAt: at(date, 16),
    programmeId,
    roundId,
    text,
    componentId,
    owner,
    dueDate: '',
    status,
    carriedInto,
    ...(carriedInto.length ? { reviewedInRoundId: carriedInto[carriedInto.length - 1] } : {}),
  });
  const d1 = isoDaysAgo(today, ROUNDS[0].daysAgo);
  const d2 = isoDaysAgo(today, ROUNDS[1].daysAgo);
  const d3 = isoDaysAgo(today, ROUNDS[2].daysAgo);
  data.actions.push(
    action(r1, d1, 'Share the discharge-by-noon figures with each ward every week', 'Priya', 'transparent-measurement', 'open', [r2, r3]),
    action(r1, d1, 'Agree the aim with the community team and the local authority', 'Marcus', 'shared-purpose', 'done', [r2]),
    action(r2, d2, 'Invite night staff and a patient representative to the next review', 'Priya', 'engagement', 'open', [r3]),
    action(r3, d3, 'Find out which targets and payments affect the discharge pathway', 'Priya', 'system-drivers', 'open', []),
    action(r3, d3, 'Ask the two wards that enquired what they would need to try it', 'Marcus', 'spread', 'open', []),
    {
      ...action(r3, d3, 'Agree with each ward how its figures will be shown before they go to the board', 'Helen', null, 'open', []),
      pairKey: pairKey('transparent-measurement', 'engagement'),
    },
  );
  const event = (daysAgo: number, title: string, note: string): ProgrammeEvent => {
    const date = isoDaysAgo(today, daysAgo);
    return { id: newId(), createdAt: at(date), updatedAt: at(date), programmeId, date, title, note };
  };
  data.events.push(
    event(150, 'New clinical lead for frailty', 'Dr Okafor took over from a colleague who moved trusts.'),
    event(120, 'Discharge lounge opened', 'Open 8 am to 8 pm on weekdays.'),
    event(40, 'Weekly discharge chart stopped', 'The analyst who produced it left and has not been replaced.'),
  );
  const lesson = (daysAgo: number, componentId: ComponentId, text: string): Lesson => {
    const date = isoDaysAgo(today, daysAgo);
    return { id: newId(), createdAt: at(date), updatedAt: at(date), programmeId, date, componentId, text };
  };
  data.lessons.push(
    lesson(100, 'engagement', 'Asking the ward team to design the morning board worked better than presenting one to them.'),
    lesson(30, 'transparent-measurement', 'A figure only one person can produce is a risk: write down how it is made.'),
  );

  return {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: appVersion(),
    exportedAt: at(isoDaysAgo(today, 0), 8),
    scope: { kind: 'programme', programmeId, programmeName: EXAMPLE_NAME },
    data,
  };
}

/** The example programme on this device, if there is one. */
export async function findExample(): Promise<Programme | undefined> {
  return (await db.programmes.toArray()).find((p) => p.example === true);
}

/**
 * Put the example on the device (once: when it is there already, its id is returned). It goes
 * through the same check as a file and the same merge as a restore, in one transaction.
 */
export async function loadExample(today = new Date()): Promise<string> {
  const existing = await findExample();
  if (existing) return existing.id;
  const [{ parseDataObject }, { importBackup }] = await Promise.all([import('../exchange/parse'), import('../exchange/import')]);
  const backup = buildExampleBackup(today);
  const checked = parseDataObject(JSON.parse(JSON.stringify(backup)));
  if (!checked.ok) throw new Error(`The example did not pass the file check: ${checked.problem.message}`);
  await importBackup(backup);
  return backup.data.programmes[0]!.id;
}

/** Remove the example and everything in it, in one step. */
export async function removeExample(): Promise<void> {
  const existing = await findExample();
  if (!existing) return;
  await deleteProgramme(existing.id);
}
