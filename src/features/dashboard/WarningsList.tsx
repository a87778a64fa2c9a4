import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  CARRIED_FORWARD_TIMES,
  NOTHING_SEEN_ROUNDS,
  ONE_OWNER_SHARE,
  PARTICIPATION_DROP_SHARE,
  SENIOR_FRONTLINE_GAP,
} from '../../domain/thresholds';
import type { Warning } from '../../domain/warnings';
import { STAGES, type RoleGroupId } from '../../model/vocabulary';
import type { Words } from '../../model/words';
import { joinList, longDate, people, percent, score } from './format';
import type { RoundInfo } from './charts/CoverageOverRounds';

/** Role groups as they read inside a sentence ("3 clinical staff took part"). */
const GROUP_WORDS: Record<RoleGroupId, { some: string; none: string }> = {
  senior: { some: 'executives or managers', none: 'executive or manager' },
  clinical: { some: 'clinical staff', none: 'clinical staff' },
  staff: { some: 'other frontline staff', none: 'other frontline staff' },
  'patient-public': { some: 'patient or public representatives', none: 'patient or public representative' },
  partner: { some: 'people from partner organisations', none: 'one from a partner organisation' },
  other: { some: 'people in other roles', none: 'one in another role' },
};

function timesWords(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function roundName(rounds: ReadonlyMap<string, RoundInfo>, id: string): string {
  const r = rounds.get(id);
  return r ? `${r.title}, ${longDate(r.date)}` : 'an earlier round';
}

// The wording of each warning is ours, grounded in: mobilisation-2010 §2.1 and Appendix 2 (roles
// see the change differently), §4.2 (erosion), §4.2.2 (disillusionment when nothing changes);
// social-movements-2003 and ilg-2013 (few staff take part; "only the converted"); evaluation-2013
// Box 1 and §5.2 (a change resting on one person), §5.3 (some components come later).
function warningText(
  w: Warning,
  words: Words,
  rounds: ReadonlyMap<string, RoundInfo>,
  programmeId: string | undefined,
  showOwners: boolean,
): ReactNode {
  switch (w.kind) {
    case 'senior-frontline': {
      const seniorHigher = w.senior.median > w.frontline.median;
      return (
        <>
          Executives and managers see {words.component(w.componentId)} as {seniorHigher ? 'further along' : 'less far along'} than
          clinical and frontline staff do: in place {score(w.senior.median)} ({people(w.senior.people)}) against{' '}
          {score(w.frontline.median)} ({people(w.frontline.people)}), {score(w.gap)} points apart (flagged at {SENIOR_FRONTLINE_GAP}).
          Both views are real: what does each side see that the other does not?
        </>
      );
    }
    case 'group-absent':
      return (
        <>
          No {GROUP_WORDS[w.group].none} took part in this round; {w.previous} did in the previous round. Who stopped coming, and was
          anything said about why?
        </>
      );
    case 'participation-drop': {
      const who = w.group === 'all' ? (w.now === 1 ? 'person' : 'people') : GROUP_WORDS[w.group].some;
      return (
        <>
          {w.now} {who} took part, {percent(w.drop)} fewer than the {w.best} in {roundName(rounds, w.bestRoundId)} (flagged at{' '}
          {percent(PARTICIPATION_DROP_SHARE)} fewer). Taking part tends to fade when people see little come of it.
        </>
      );
    }
    case 'one-level':
      return (
        <>
          Everyone who took part ({people(w.people)}) was {joinList(w.groups.map((g) => GROUP_WORDS[g].some))}: no clinical, frontline
          or patient voice. Views from one level of an organisation miss what others see; who could take part next time?
        </>
      );
    case 'engagement-flat':
      return (
        <>
          {words.component('engagement')} has not risen for {NOTHING_SEEN_ROUNDS} rounds (in place{' '}
          {joinList(w.engagement.map((v) => score(v)))}) while {words.component('rigorous-delivery')} rose from{' '}
          {score(w.delivery[0])} to {score(w.delivery[1])}. When plans move on but staff see nothing change in their work, goodwill
          can turn into disillusionment.
        </>
      );
    case 'carried-forward':
      return (
        <>
          {w.actions.length === 1 ? 'An open action has' : `${w.actions.length} open actions have`} been carried forward{' '}
          {timesWords(CARRIED_FORWARD_TIMES)} or more:{' '}
          {joinList(w.actions.map((a) => `“${a.text}” (${timesWords(a.times)})`))}. Is something in the way, or is it no longer the right
          action?{' '}
          {programmeId && <Link to={`/programmes/${programmeId}/actions`} className="app-target-link">All actions and lessons</Link>}
        </>
      );
    case 'one-owner':
      return (
        <>
          {showOwners ? w.owner : 'One person'} owns {w.owned} of the {w.open} open actions ({percent(w.share)}; flagged at {percent(ONE_OWNER_SHARE)}). A change
          that rests on one person is fragile if they move on or run out of time: could others share them?
        </>
      );
    case 'not-yet-late': {
      const stage = STAGES.find((s) => s.id === w.stage)?.label.toLowerCase() ?? w.stage;
      return (
        <>
          Most answers say {words.component(w.componentId)} is not yet at this stage, but this round is recorded at the {stage} stage.
          Is it really still to come, or has it started without anyone noticing?
        </>
      );
    }
    case 'not-yet-persisting':
      return (
        <>
          {words.component(w.componentId)} has been “not yet at this stage” for {w.rounds} rounds running. When does the group expect it
          to matter, and what would tell you it has started?
        </>
      );
  }
}

/** The warnings across rounds, each in words with its numbers. */
export function WarningsList({
  warnings,
  words,
  rounds,
  programmeId,
  showOwners = true,
}: {
  warnings: readonly Warning[];
  words: Words;
  rounds: ReadonlyMap<string, RoundInfo>;
  programmeId?: string;
  showOwners?: boolean;
}) {
  if (warnings.length === 0) return null;
  return (
    <>
      <h3 className="nhsuk-heading-s">Who took part, and whether change is seen</h3>
      <ul className="app-look-next__list app-look-next__warnings" data-testid="look-next-warnings">
        {warnings.map((w, i) => (
          <li key={`${w.kind}-${i}`} className="app-look-next__item" data-kind={w.kind}>
            {warningText(w, words, rounds, programmeId, showOwners)}
          </li>
        ))}
      </ul>
    </>
  );
}
