import { roundForDisplay, roundFrictionForDisplay } from '../../domain/stats';
import { inPlaceByRole } from '../../domain/roles';
import { PolarityMapView } from '../pairs/PolarityMapView';
import { ROLE_MIN_PEOPLE } from '../../domain/thresholds';
import type { ComponentMeasures } from '../../domain/types';
import type { ComponentId } from '../../model/types';
import { JUDGEMENT_SCALE, ROLES, getComponent, roleLabel } from '../../model/vocabulary';
import type { Words } from '../../model/words';
import type { PresentData } from './usePresentData';
import { componentNotes } from '../voices/notes';
import { NotesList } from '../voices/NotesList';
import type { SaidItem } from './slides';
import { SplitList, UnsureList } from '../voices/SplitStatements';

export function show(x: number | undefined): string {
  const r = roundForDisplay(x);
  return r === undefined ? '–' : String(r);
}

function percent(x: number): string {
  return `${roundForDisplay(x * 100)}%`;
}

/**
 * Who took part, counted by role (the seeds warn that only "the converted" may turn up), and each
 * component's numbers: the table is also the overview's chart, a bar of "in place" in each row.
 */
export function OverviewStep({ data, words, headingId }: { data: PresentData; words: Words; headingId: string }) {
  const { measures, round, participants } = data;
  const byRole = ROLES.map((r) => ({ label: r.label, count: participants.filter((p) => p.role === r.id).length })).filter((r) => r.count > 0);
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        The group&apos;s view
      </h2>
      <p className="app-present__lede">
        {round.title}: {measures.respondentsCount} of {participants.length} {participants.length === 1 ? 'person' : 'people'} answered
        {byRole.length > 0 ? `: ${byRole.map((r) => `${r.count} ${r.label.toLowerCase()}`).join(', ')}` : ''}. Who is
        not in the room?
      </p>
      <div className="app-present__scroll" role="region" aria-label="Coverage table" tabIndex={0}>
      <table className="app-present__table">
        <caption className="app-visually-hidden">In place, spread of views and attended to, for each component</caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">In place</th>
            <th scope="col">Spread of views</th>
            <th scope="col">Attended to</th>
            <th scope="col">Worth a look</th>
          </tr>
        </thead>
        <tbody>
          {round.components.map((id) => {
            const m = measures.components[id];
            return (
              <tr key={id} data-component={id}>
                <th scope="row">{words.component(id)}</th>
                <td>
                  <div className="app-present__meter-cell">
                    <span data-measure="coverage">{show(m.coverage)}</span>
                    <span className="app-present__meter" aria-hidden="true">
                      <span className="app-present__meter-fill" style={{ width: `${m.coverage ?? 0}%` }} />
                    </span>
                  </div>
                </td>
                <td data-measure="divergence">{show(m.divergence)}</td>
                <td data-measure="attention">{percent(m.attention)}</td>
                <td>{flagsText(m) || '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </>
  );
}

/**
 * "In place" by role for this round (mobilisation-2010 §2.1, Appendix 2: roles see a change
 * differently). A role with fewer than ROLE_MIN_PEOPLE people is left out; names never appear.
 */
export function RolesStep({ data, words, headingId }: { data: PresentData; words: Words; headingId: string }) {
  const { roles, hiddenPeople, hiddenRoles } = inPlaceByRole(data.measures);
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        By role
      </h2>
      <p className="app-present__lede">
        In place as each role sees it (the middle score). Where do roles differ, and why?
      </p>
      <div className="app-present__scroll" role="region" aria-label="In place by role table" tabIndex={0}>
        <table className="app-present__table">
          <caption className="app-visually-hidden">In place by role, for each component</caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              {roles.map((r) => (
                <th scope="col" key={r.role}>
                  {roleLabel(r.role)} ({r.people})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.round.components.map((id) => (
              <tr key={id} data-component={id}>
                <th scope="row">{words.component(id)}</th>
                {roles.map((r) => (
                  <td key={r.role} data-role={r.role}>
                    {show(r.inPlace[id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        A dash: fewer than {ROLE_MIN_PEOPLE} scored it.
        {hiddenRoles > 0 && ` Not shown: ${hiddenPeople} ${hiddenPeople === 1 ? 'person' : 'people'} in roles of fewer than ${ROLE_MIN_PEOPLE}.`}
      </p>
    </>
  );
}

function flagsText(m: ComponentMeasures): string {
  return [m.notYet ? 'Not yet' : '', m.blindSpot ? 'Blind spot' : '', m.divergent ? 'Views differ widely' : ''].filter(Boolean).join('; ');
}

interface ComponentStepProps {
  data: PresentData;
  componentId: ComponentId;
  words: Words;
  showNames: boolean;
  headingId: string;
}

/** One component for discussion: the middle view, every person's score as a dot, what was hard to judge. */
export function ComponentStep({ data, componentId, words, showNames, headingId }: ComponentStepProps) {
  const m = data.measures.components[componentId];
  const people = new Map(data.participants.map((p) => [p.id, p]));
  const scored = m.scores
    .filter((s) => s.score !== undefined)
    .map((s) => {
      const person = people.get(s.participantId);
      const name = !person ? '' : person.anonymous ? 'Anonymous' : person.label;
      return { score: s.score!, name, role: roleLabel(s.role) };
    })
    .sort((x, y) => x.score - y.score);
  // People with the same score are stacked, so that every person stays visible as a dot.
  const seen = new Map<number, number>();
  const stacked = scored.map((s) => {
    const at = Math.round(s.score);
    const level = seen.get(at) ?? 0;
    seen.set(at, level + 1);
    return { ...s, level };
  });
  const tallest = Math.max(1, ...seen.values());
  const min = scored[0]?.score;
  const max = scored[scored.length - 1]?.score;

  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        {words.component(componentId)}
        {componentId === 'shared-purpose' && <span className="app-present__tag">the centre</span>}
      </h2>
      <div className="app-present__figures">
        <p className="app-present__big" data-measure="coverage">
          {m.coverage === undefined ? (
            'Nobody could rate this yet'
          ) : (
            <>
              <span className="app-present__number">{show(m.coverage)}</span> <span>in place, of 100</span>
            </>
          )}
        </p>
        {scored.length >= 2 && (
          <p className="app-present__range" data-measure="divergence">
            Views run from {show(min)} to {show(max)}: a spread of views of {show(m.divergence)} points.
            {m.divergent && <strong className="app-present__flag"> Views differ widely: ask each side what they see.</strong>}
          </p>
        )}
        <p data-measure="attention">
          {percent(m.attention)} of answers gave a view.
          {m.dontKnowCount > 0 && ` ${m.dontKnowCount} "don't know".`}
          {m.notYetCount > 0 && ` ${m.notYetCount} "not yet at this stage".`}
          {m.blindSpot && <strong className="app-present__flag"> A blind spot: has the group talked about this?</strong>}
        </p>
      </div>
      {scored.length > 0 && (
        <figure className="app-present__strip-figure">
          <div className="app-present__strip" aria-hidden="true" style={{ height: `${64 + tallest * 32}px` }}>
            <span className="app-present__axis-label app-present__axis-label--start">0</span>
            <span className="app-present__axis-label app-present__axis-label--end">100</span>
            {stacked.map((s, i) => (
              <span key={i} className="app-present__dot" style={{ left: `${s.score}%`, bottom: `${8 + s.level * 32}px` }}>
                {showNames && <span className={`app-present__dot-label${s.score > 70 ? ' app-present__dot-label--left' : ''}`}>{s.name}</span>}
              </span>
            ))}
            {m.coverage !== undefined && <span className="app-present__median" style={{ left: `${m.coverage}%` }} />}
          </div>
          <figcaption>
            Each dot is one person&apos;s score; the tall line is the middle view.
            {showNames ? '' : ' Names are hidden.'}
          </figcaption>
          {/* The dots' numbers for screen readers; on the projector the dots say it. */}
          <div className="app-visually-hidden">
          <table className="app-present__table app-present__table--scores">
            <caption>Scores, lowest first</caption>
            <thead>
              <tr>
                {showNames && <th scope="col">Person</th>}
                {showNames && <th scope="col">Role</th>}
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {scored.map((s, i) => (
                <tr key={i}>
                  {showNames && <td>{s.name}</td>}
                  {showNames && <td>{s.role}</td>}
                  <td>{show(s.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </figure>
      )}
    </>
  );
}

/** The questions the model asks of a component, for the group's discussion after its numbers and its notes. */
export function QuestionsStep({ componentId, words, headingId }: { componentId: ComponentId; words: Words; headingId: string }) {
  const component = getComponent(componentId);
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        Questions to ask yourselves: {words.component(componentId)}
      </h2>
      <ul className="app-present__questions">
        {component.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </>
  );
}

function partOf(part: number, parts: number): string {
  return parts > 1 ? ` (${part} of ${parts})` : '';
}

/** The tracked pairs: how many people see each pair reinforcing, independent, rubbing or pulling apart. */
export function TensionsStep({ data, words, headingId, pairKeys, part, parts }: { data: PresentData; words: Words; headingId: string; pairKeys: string[]; part: number; parts: number }) {
  const byKey = new Map(data.measures.trackedPairs.map((p) => [p.key as string, p]));
  const pairs = pairKeys.map((key) => data.pairs.find((p) => p.key === key)!);
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        Tensions between components{partOf(part, parts)}
      </h2>
      <p className="app-present__lede">
        Two goods to hold in balance, not a fault{part === 1 && parts > 1 ? '; flagged pairs first' : ''}. How many people gave each view:
      </p>
      {data.pairs.length === 0 ? (
        <p>No tracked pairs in this round.</p>
      ) : (
        <div className="app-present__scroll" role="region" aria-label="Tensions table" tabIndex={0}>
        <table className="app-present__table app-present__table--pairs">
          <caption className="app-visually-hidden">How many people gave each view of each tracked pair</caption>
          <thead>
            <tr>
              {JUDGEMENT_SCALE.map((s) => (
                <th scope="col" key={s.value}>
                  {s.label}
                </th>
              ))}
              <th scope="col">Friction (0–3)</th>
              <th scope="col">Gap</th>
            </tr>
          </thead>
          {/* Each pair is a group of its own: its name on a line above its numbers (the group's header), so long names do not wrap into tall rows. */}
          {pairs.map((pair) => {
            const m = byKey.get(pair.key);
            const counts = data.judgementCounts.get(pair.key) ?? [0, 0, 0, 0];
            const friction = roundFrictionForDisplay(m?.friction);
            return (
              <tbody key={pair.key}>
                <tr className="app-present__pair-name">
                  <th scope="rowgroup" colSpan={JUDGEMENT_SCALE.length + 2}>
                    {words.component(pair.a)} and {words.component(pair.b)}
                  </th>
                </tr>
                <tr data-pair={pair.key}>
                  {counts.map((n, i) => (
                    <td key={i} data-judgement={i}>
                      {n}
                    </td>
                  ))}
                  <td data-measure="friction">
                    {friction === undefined ? '–' : friction.toFixed(1)}
                    {m?.frictionFlag && <strong className="app-present__flag"> Friction</strong>}
                  </td>
                  <td data-measure="imbalance">
                    {show(m?.imbalance)}
                    {m?.imbalanceFlag && <strong className="app-present__flag"> Out of balance</strong>}
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
        </div>
      )}
    </>
  );
}

/**
 * After each component: the statements that split the room, the ones hardest to judge, and what
 * people wrote, anonymous unless names are shown (issue 13); a few to a slide (slides.ts).
 */
export function SaidStep({ data, componentId, words, showNames, headingId, items, part, parts }: ComponentStepProps & { items: SaidItem[]; part: number; parts: number }) {
  const notes = new Map(
    componentNotes({ rounds: [data.round], participants: data.participants, responses: data.responses, judgements: data.judgements }, componentId, { showNames }).map(
      (n) => [n.key, n],
    ),
  );
  const texts = new Map(data.round.prompts.map((p) => [p.id, p.text]));
  const views = new Map(data.statements.map((v) => [v.promptId, v]));
  const split = items.flatMap((i) => (i.type === 'split' ? [views.get(i.promptId)!] : []));
  const unsure = items.flatMap((i) => (i.type === 'unsure' ? [views.get(i.promptId)!] : []));
  const wrote = items.flatMap((i) => (i.type === 'note' && notes.has(i.key) ? [notes.get(i.key)!] : []));
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        What people said: {words.component(componentId)}
        {partOf(part, parts)}
      </h2>
      <div className="app-present__said">
        {items.length === 0 && <p>No statement split the room, nobody answered “don’t know” and nobody wrote a note.</p>}
        {(split.length > 0 || unsure.length > 0) && (
          <div className="app-split" data-testid="split-statements">
            {split.length > 0 && (
              <>
                <h3 className="nhsuk-heading-s">Where views split</h3>
                <SplitList split={split} texts={texts} />
              </>
            )}
            {unsure.length > 0 && (
              <>
                <h3 className="nhsuk-heading-s">Hardest to judge</h3>
                <UnsureList unsure={unsure} texts={texts} />
              </>
            )}
          </div>
        )}
        {wrote.length > 0 && (
          <div>
            <h3 className="nhsuk-heading-s">What people wrote</h3>
            <NotesList items={wrote} showRound={false} empty="" />
          </div>
        )}
      </div>
    </>
  );
}

/** One flagged pair as a polarity: what each side gives, the signs of leaning too far, something to try. */
export function PolarityStep({ data, pairKey, side, words, headingId }: { data: PresentData; pairKey: string; side: 'gives' | 'tooFar'; words: Words; headingId: string }) {
  const pair = data.pairs.find((p) => p.key === pairKey);
  const m = data.measures.trackedPairs.find((p) => p.key === pairKey);
  if (!pair) return null;
  const friction = roundFrictionForDisplay(m?.friction);
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        {words.component(pair.a)} and {words.component(pair.b)}
      </h2>
      {side === 'gives' ? (
        <p className="app-present__lede">
          Two goods to hold in balance: friction {friction === undefined ? '–' : friction.toFixed(1)} of 3, gap {show(m?.imbalance)}. What does
          each give us?
        </p>
      ) : (
        <p className="app-present__lede">Which way are we leaning, and what would a better balance look like?</p>
      )}
      <PolarityMapView a={pair.a} b={pair.b} words={words} part={side} />
    </>
  );
}
