import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { SmallFold } from '../../ui/SmallFold';
import { SMALL_SCREEN, useMediaQuery } from '../../ui/useMediaQuery';
import { Link } from 'react-router';
import { FALLING_BACK_DROP, FRICTION_FLAG, NEGLECT_BELOW_MEDIAN } from '../../domain/thresholds';
import type { LookNext, LookNextItem, NeglectedHarder, NeglectReason } from '../../domain/insights';
import { HARD_TO_PRACTISE } from '../../domain/groups';
import { roleLabel } from '../../model/vocabulary';
import { findTension } from '../../model/tensions';
import { Define } from '../../ui/Define';
import type { Words } from '../../model/words';
import type { ComponentId } from '../../model/types';
import { friction, joinList, longDate, people, percent, score } from './format';
import { pairCellId } from './charts/TensionMatrix';
import type { RoundInfo } from './charts/CoverageOverRounds';
import type { Warning } from '../../domain/warnings';
import { WarningsList } from './WarningsList';

/** The programme the list is about: component links open the model's guidance in its words. */
const ProgrammeContext = createContext<string | undefined>(undefined);

function ComponentLink({ id, words }: { id: ComponentId; words: Words }) {
  const programmeId = useContext(ProgrammeContext);
  return <Link to={`/model/${id}${programmeId ? `?programme=${encodeURIComponent(programmeId)}` : ''}`}>{words.component(id)}</Link>;
}

/** A link to a pair's cell in the matrix; focuses the cell so that its explanation shows. */
function PairLink({ a, b, words }: { a: ComponentId; b: ComponentId; words: Words }) {
  const id = pairCellId(a, b);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const cell = document.getElementById(id);
    if (!cell) return;
    event.preventDefault();
    cell.scrollIntoView({ block: 'center' });
    cell.focus({ preventScroll: true });
  };
  return (
    <a href={`#${id}`} onClick={onClick}>
      {words.component(a)} and {words.component(b)}
    </a>
  );
}

function rolesText(roles: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of roles) counts.set(r, (counts.get(r) ?? 0) + 1);
  return joinList([...counts].map(([r, n]) => (n > 1 ? `${n} × ${roleLabel(r).toLowerCase()}` : roleLabel(r).toLowerCase())));
}

function itemText(item: LookNextItem, words: Words, rounds: ReadonlyMap<string, RoundInfo>, firstOfKind: boolean): ReactNode {
  switch (item.kind) {
    case 'falling-back': {
      const best = item.bestEarlierRoundId ? rounds.get(item.bestEarlierRoundId) : undefined;
      return (
        <>
          <ComponentLink id={item.componentId} words={words} /> has fallen back: in place {score(item.coverage)}, {score(item.drop)}{' '}
          points below its best of {score(item.bestEarlier)}
          {best ? ` (${best.title}, ${longDate(best.date)})` : ''}. Gains can fade once attention moves on; what kept it going then?
        </>
      );
    }
    case 'blind-spot':
      if (item.reason === 'not-asked') {
        return (
          <>
            <ComponentLink id={item.componentId} words={words} /> was not part of this round, so there is nothing to show for it. Is
            leaving it out for now a choice the group made?
          </>
        );
      }
      if (item.reason === 'no-levels') {
        return (
          <>
            <ComponentLink id={item.componentId} words={words} /> is a blind spot: nobody gave its prompts a level ({item.attended} of{' '}
            {item.possible} answers were a level or “not yet at this stage”). Who would know how this is going?
          </>
        );
      }
      return (
        <>
          <ComponentLink id={item.componentId} words={words} /> is a blind spot: only {item.attended} of {item.possible} answers (
          {percent(item.attention)}) gave a level or “not yet at this stage”; the rest were “don’t know” or left blank. Its “in place”
          of {score(item.coverage)} rests on few answers.
        </>
      );
    case 'divergence':
      return (
        <>
          People see <ComponentLink id={item.componentId} words={words} /> very differently: scores run from {score(item.low.score)}{' '}
          ({rolesText(item.low.roles)}) to {score(item.high.score)} ({rolesText(item.high.roles)}), {score(item.divergence)} points
          apart. The difference is worth hearing before it is averaged away.
        </>
      );
    case 'friction': {
      const tension = findTension(item.a, item.b);
      return (
        <>
          <PairLink a={item.a} b={item.b} words={words} /> may be pulling against each other.
          {tension ? ` ${tension.tension}` : ''} {item.reportingFriction} of {people(item.judgedBy)} said “some friction” or “pulling
          apart” (friction {friction(item.friction)} of 3, flagged at {FRICTION_FLAG.toFixed(1)})
          {item.tracked ? '' : '. The programme does not track this pair yet'}.
          {firstOfKind && ' Both sides of a pair matter: what would a better balance look like?'}
        </>
      );
    }
    case 'imbalance': {
      const tension = findTension(item.a, item.b);
      return (
        <>
          <PairLink a={item.a} b={item.b} words={words} /> are out of balance: {words.component(item.higher)} is further ahead.
          {tension ? ` ${tension.tension}` : ''} In place: {words.component(item.higher)} {score(item.higherCoverage)},{' '}
          {words.component(item.lower)} {score(item.lowerCoverage)}, a gap of {score(item.imbalance)} points.
        </>
      );
    }
  }
}

function reasonWords(reason: NeglectReason, n: NeglectedHarder): string {
  if (reason === 'blind-spot') return 'a blind spot';
  if (reason === 'falling-back') return `fallen back ${FALLING_BACK_DROP} or more points`;
  return `more than ${NEGLECT_BELOW_MEDIAN} points below the round’s middle component (${score(n.roundMedian)})`;
}

/** How many of "what to look at next" a phone shows before "more to look at". */
export const LOOK_NEXT_FIRST = 3;

export function LookNextList({
  next,
  words,
  rounds,
  programmeId,
  warnings = [],
  showOwners = true,
  foldOnSmall = false,
}: {
  next: LookNext;
  words: Words;
  rounds: ReadonlyMap<string, RoundInfo>;
  programmeId?: string;
  /** Warnings across rounds (who took part, whether change is seen, stage-aware hints). */
  warnings?: readonly Warning[];
  /** Whether an action owner is named (a board paper names nobody unless asked to). */
  showOwners?: boolean;
  /** On a phone, show the first few items and fold the rest (the dashboard; never a board paper). */
  foldOnSmall?: boolean;
}) {
  const small = useMediaQuery(SMALL_SCREEN);
  const first = next.items.slice(0, LOOK_NEXT_FIRST);
  const rest = next.items.slice(LOOK_NEXT_FIRST);
  const item = (it: LookNext['items'][number], i: number) => (
    <li key={`${it.kind}-${i}`} className={`app-look-next__item app-look-next__item--${it.kind}`} data-kind={it.kind}>
      {itemText(it, words, rounds, next.items.findIndex((x) => x.kind === it.kind) === i)}
    </li>
  );
  return (
    <ProgrammeContext.Provider value={programmeId}>
      <div className="app-look-next">
        {next.items.length === 0 && warnings.length === 0 ? (
          <p>
            Nothing is flagged in this round. That is not a pass mark: look at the spread of views, at the statements where views
            split and at what people wrote in their evidence notes.
          </p>
        ) : next.items.length === 0 ? null : small && foldOnSmall && rest.length > 0 ? (
          <>
            <ol className="app-look-next__list" data-testid="look-next">
              {first.map(item)}
            </ol>
            <SmallFold label={`${rest.length} more to look at`}>
              <ol className="app-look-next__list" start={LOOK_NEXT_FIRST + 1}>
                {rest.map((it, i) => item(it, i + LOOK_NEXT_FIRST))}
              </ol>
            </SmallFold>
          </>
        ) : (
          <ol className="app-look-next__list" data-testid="look-next">
            {next.items.map(item)}
          </ol>
        )}
        {warnings.length > 0 && (
          <SmallFold fold={foldOnSmall} label={`Who took part, and whether change is seen (${warnings.length})`}>
            <WarningsList warnings={warnings} words={words} rounds={rounds} programmeId={programmeId} showOwners={showOwners} />
          </SmallFold>
        )}
        {next.notYet.length > 0 && (
          <p data-testid="look-next-not-yet">
            <strong>Not yet at this stage:</strong> {joinList(next.notYet.map((c) => words.component(c)))}. Most answers said{' '}
            {next.notYet.length === 1 ? 'it is' : 'they are'} not relevant yet. That is not a weakness; look again when the change
            reaches the stage where {next.notYet.length === 1 ? 'it matters' : 'they matter'}.
          </p>
        )}
        {next.neglectedHarder.length > 0 && (
          <SmallFold fold={foldOnSmall} label="The components hardest to put into practice">
            <div className="nhsuk-inset-text app-look-next__harder" data-testid="neglected-harder">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <h3 className="nhsuk-heading-s">The components hardest to put into practice may be getting less attention</h3>
              <p>
                The 2013 evaluation of the model found {joinList(HARD_TO_PRACTISE.map((c) => words.component(c)))} the hardest to turn into
                practice. In this round:
              </p>
              <Define id="hardest" />
              <ul>
                {next.neglectedHarder.map((n) => (
                  <li key={n.componentId}>
                    <ComponentLink id={n.componentId} words={words} />: {joinList(n.reasons.map((r) => reasonWords(r, n)))} (in place{' '}
                    {score(n.coverage)}, attended to {percent(n.attention)})
                  </li>
                ))}
              </ul>
            </div>
          </SmallFold>
        )}
      </div>
    </ProgrammeContext.Provider>
  );
}
