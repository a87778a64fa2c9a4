import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { programmeWords } from '../../model/words';
import { ComponentStep, OverviewStep, PolarityStep, QuestionsStep, RolesStep, SaidStep, TensionsStep } from './steps';
import { buildSteps, type Step } from './slides';
import { componentNotes } from '../voices/notes';
import { usePresentData } from './usePresentData';


function useFullscreen(target: React.RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  useEffect(() => {
    const update = () => setOn(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const supported = typeof document !== 'undefined' && !!document.fullscreenEnabled;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void target.current?.requestFullscreen().catch(() => undefined);
  };
  return { on, supported, toggle };
}

/**
 * /programmes/:programmeId/rounds/:roundId/present - the round on a projector: full screen, high
 * contrast, large type, one component at a time. Scores are anonymous unless the group agrees.
 */
export default function PresentPage() {
  const { programmeId, roundId } = useParams();
  const data = usePresentData(programmeId, roundId);
  const [params, setParams] = useSearchParams();
  const [showNames, setShowNames] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(root);
  usePageTitle(data ? `Presentation: ${data.round.title}` : 'Presentation');

  const steps: Step[] = useMemo(
    () =>
      data
        ? buildSteps(data, (componentId) =>
            componentNotes({ rounds: [data.round], participants: data.participants, responses: data.responses, judgements: data.judgements }, componentId, {
              showNames: false,
            }),
          )
        : [],
    [data],
  );
  const requested = Number(params.get('step') ?? '0');
  const index = Math.min(Math.max(0, Number.isFinite(requested) ? Math.floor(requested) : 0), Math.max(0, steps.length - 1));
  const last = steps.length - 1;
  const moved = useRef(false);

  const go = (next: number) => {
    const clamped = Math.min(Math.max(0, next), last);
    if (clamped === index) return;
    moved.current = true;
    setParams({ step: String(clamped) }, { replace: true });
  };
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });

  // Arrow keys, Page Up/Down (presentation clickers), Home and End step through, unless typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const current = Number(new URLSearchParams(window.location.search).get('step') ?? '0') || 0;
      const map: Record<string, number> = { ArrowRight: current + 1, PageDown: current + 1, ArrowLeft: current - 1, PageUp: current - 1, Home: 0, End: Number.MAX_SAFE_INTEGER };
      if (!(event.key in map)) return;
      event.preventDefault();
      goRef.current(map[event.key]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (moved.current) document.getElementById('present-step-title')?.focus({ preventScroll: false });
  }, [index]);

  if (data === undefined) return <p className="app-loading">Loading…</p>;
  if (data === null) {
    return (
      <main className="nhsuk-width-container" id="maincontent">
        <h1>Round not found</h1>
        <p>
          It may have been deleted on this device. <Link to="/">Go to the home page</Link>.
        </p>
      </main>
    );
  }

  const words = programmeWords(data.programme);
  const step = steps[index]!;
  const headingId = 'present-step-title';
  const pairName = (key: string) => {
    const pair = data.pairs.find((p) => p.key === key);
    return pair ? `${words.component(pair.a)} and ${words.component(pair.b)}` : 'A pair';
  };
  const stepName = (s: Step): string => {
    switch (s.kind) {
      case 'polarity':
        return pairName(s.key);
      case 'overview':
        return 'Overview';
      case 'roles':
        return 'By role';
      case 'tensions':
        return s.parts > 1 ? `Tensions ${s.part} of ${s.parts}` : 'Tensions';
      case 'said':
        return s.parts > 1 ? `What people said ${s.part} of ${s.parts}` : 'What people said';
      case 'questions':
        return 'Questions';
      case 'component':
        return words.component(s.componentId);
    }
  };

  return (
    <div className="app-present" ref={root}>
      <main className="app-present__main" id="maincontent" aria-labelledby={headingId}>
        {/* The programme and round, for screen readers (the overview names the round on screen). */}
        <h1 className="app-present__title app-visually-hidden">
          {data.programme.name}: {data.round.title}
        </h1>
        <div data-step={step.kind}>
          {step.kind === 'overview' && <OverviewStep data={data} words={words} headingId={headingId} />}
          {step.kind === 'roles' && <RolesStep data={data} words={words} headingId={headingId} />}
          {step.kind === 'polarity' && <PolarityStep data={data} pairKey={step.key} side={step.side} words={words} headingId={headingId} />}
          {step.kind === 'component' && <ComponentStep data={data} componentId={step.componentId} words={words} showNames={showNames} headingId={headingId} />}
          {step.kind === 'said' && (
            <SaidStep
              data={data}
              componentId={step.componentId}
              words={words}
              showNames={showNames}
              headingId={headingId}
              items={step.items}
              part={step.part}
              parts={step.parts}
            />
          )}
          {step.kind === 'questions' && <QuestionsStep componentId={step.componentId} words={words} headingId={headingId} />}
          {step.kind === 'tensions' && <TensionsStep data={data} words={words} headingId={headingId} pairKeys={step.pairKeys} part={step.part} parts={step.parts} />}
        </div>
      </main>
      <nav className="app-present__nav" aria-label="Steps">
        <button
          type="button"
          className="app-present__button app-present__button--step"
          onClick={() => go(index - 1)}
          disabled={index === 0}
          aria-label={index > 0 ? `Previous: ${stepName(steps[index - 1]!)}` : 'Previous'}
        >
          <span aria-hidden="true">←</span> Previous
          {index > 0 && <span className="app-present__step-name">: {stepName(steps[index - 1]!)}</span>}
        </button>
        <p className="app-present__position">
          {index + 1} of {steps.length}
          <span className="app-present__hint"> · arrow keys step through</span>
        </p>
        <button
          type="button"
          className="app-present__button app-present__button--step"
          onClick={() => go(index + 1)}
          disabled={index === last}
          aria-label={index < last ? `Next: ${stepName(steps[index + 1]!)}` : 'Next'}
        >
          Next
          {index < last && <span className="app-present__step-name">: {stepName(steps[index + 1]!)}</span>} <span aria-hidden="true">→</span>
        </button>
        <div className="app-present__controls">
          {fullscreen.supported && (
            <button type="button" className="app-present__button" onClick={fullscreen.toggle} aria-pressed={fullscreen.on}>
              Full screen
            </button>
          )}
          <button type="button" className="app-present__button" aria-pressed={showNames} onClick={() => setShowNames((v) => !v)}>
            Show names
          </button>
          <Link className="app-present__button" to={`/programmes/${data.programme.id}/rounds/${data.round.id}/facilitate`}>
            Close<span className="app-visually-hidden"> presentation</span>
          </Link>
        </div>
      </nav>
    </div>
  );
}
