/**
 * Optional statements a programme can switch on (issue 16, item 7): themes of the NHS Institute's
 * large-scale change report (mobilisation-2010, large-scale-change-nhs-mobilisation-2010.txt) that
 * the model's own statements do not ask about. Wording ours; each cites its sections. They join
 * the programme's statement set under the component they belong to, and can be edited or removed
 * like any other statement; rounds already started keep the statements they were asked.
 */
import type { CustomPrompt } from '../db/types';

export const MOBILISATION_PREFIX = 'mobilisation.';

export const MOBILISATION_STATEMENTS: readonly CustomPrompt[] = [
  // §2.1 (nurses' pride in a team award and public recognition; AHPs' concern at being less
  // valued; recognition from peers), §5.1 principle 1 (value and recognise staff)
  {
    id: 'mobilisation.1',
    componentId: 'engagement',
    text: 'People who have put work into this change have been thanked by name, by their colleagues as well as their managers.',
    help: 'For example, the physiotherapist who redesigned the referral form was named at the team meeting and in the newsletter.',
  },
  // §3.2.1 (staff can suggest improvements far more often than they can make them happen),
  // §4.2.2 (disillusionment when suggestions lead nowhere); executive summary
  {
    id: 'mobilisation.2',
    componentId: 'engagement',
    text: 'Staff who made suggestions can find out what became of them, including the ones that were not taken up, and why.',
    help: 'For example, a "you said, we did, we could not yet" board kept up to date on the ward.',
  },
  // §3.1.3 (champions and activists), §2.3.1 (credible champions across different staff groups,
  // not only managers)
  {
    id: 'mobilisation.3',
    componentId: 'spread',
    text: 'Each staff group the change affects has someone from that group championing it, not only managers.',
    help: 'For example, a porter, a receptionist and a ward nurse who speak up for the new way of working among their own colleagues.',
  },
  // §2.1 (what motivates staff differs by role), §5.5 and §5.6 (messages segmented by role,
  // including admin and clerical staff)
  {
    id: 'mobilisation.4',
    componentId: 'shared-purpose',
    text: 'People in each role can say what this change asks of them in their own work.',
    help: 'For example, a receptionist and a consultant can each describe one thing they now do differently because of it.',
  },
  // §4.2.1 (broken promises and unmet expectations erode support), §4.2.2 (manage expectations;
  // present the situation factually)
  {
    id: 'mobilisation.5',
    componentId: 'leadership',
    text: 'What we have told staff to expect from this change is honest about what it will and will not deliver, and when.',
    help: 'For example, the briefing said the first months would mean more work before any time is saved.',
  },
  // §2.1 (workload and understaffing limit time with patients), §4.1.2 (participatory
  // structures: involvement built into how the work is organised)
  {
    id: 'mobilisation.6',
    componentId: 'rigorous-delivery',
    text: 'Taking part in this change is part of people’s working time, not something added on top of a full day.',
    help: 'For example, backfill for staff who attend the design sessions, or the work taking the place of a meeting that was stopped.',
  },
  // §4.1.1 (permission to try: a controlled risk is acceptable, doing nothing is not),
  // §3.2.2 (systems and silos that stop people trying new things)
  {
    id: 'mobilisation.7',
    componentId: 'improvement-methodology',
    text: 'Staff know they may try a small change to see whether it helps, without first asking several layers for permission.',
    help: 'For example, a ward team tried a new discharge checklist for a fortnight after agreeing it with their matron only.',
  },
  // §4.2.1 (where more information is collected, explain to staff why it is needed and how it
  // will be used)
  {
    id: 'mobilisation.8',
    componentId: 'transparent-measurement',
    text: 'For each thing we ask staff to record for this change, they have been told why it is collected and how it will be used.',
    help: 'For example, the new timing sheet says on its back what the figures are for and who sees them.',
  },
];

/** Whether a statement is one of the optional mobilisation statements. */
export function isMobilisationStatement(id: string): boolean {
  return MOBILISATION_STATEMENTS.some((s) => s.id === id);
}
