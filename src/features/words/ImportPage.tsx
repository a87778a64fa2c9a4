import { useMemo, useState } from 'react';
import { FileUpload } from '../../ui/FileUpload';
import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { describeStorageError, ValidationError } from '../../db/errors';
import { programmePrompts } from '../../db/programmes';
import { importPromptSet } from '../../db/promptSets';
import { todayIso } from '../../db/validate';
import { isOwnScale } from '../../model/promptSets';
import { COMPONENT_IDS } from '../../model/types';
import { programmeWords } from '../../model/words';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { Checkbox, DateInput, parseDateParts, partsFromIso, TextInput, type DateParts } from '../../ui/fields';
import { formatDate } from '../programmes/format';
import { Loading, Missing } from '../programmes/Missing';
import { useProgramme } from '../programmes/useProgramme';
import { parsePromptSetOffThread } from '../../exchange/parseOffThread';
import { buildImport, problemPlace, suggestScaleForFile, type ImportProblem, type ParsedFile } from './importFormat';
import { draftFromMapping, mappingFromDraft, ScaleMappingEditor, type ScaleDraft } from './ScaleMappingEditor';
import { CSV_TEMPLATE_NAME, csvTemplate, JSON_TEMPLATE_NAME, jsonTemplate } from './templates';
import type { WordsFlash } from './WordsPage';

const FILE_ID = 'import-file';
const MAX_LISTED = 30;

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function problemItems(problems: ImportProblem[], format: 'csv' | 'json' | undefined, field = FILE_ID): ErrorItem[] {
  const items = problems.slice(0, MAX_LISTED).map((p) => {
    const place = problemPlace(p, format);
    return { field, message: place ? `${place}: ${p.message}` : p.message };
  });
  if (problems.length > MAX_LISTED) items.push({ field, message: `And ${problems.length - MAX_LISTED} more problems.` });
  return items;
}

export default function ImportPage() {
  const { programmeId } = useParams();
  const programme = useProgramme(programmeId);
  const navigate = useNavigate();
  usePageTitle('Import statements');
  const [file, setFile] = useState<{ name: string; parsed: ParsedFile } | null>(null);
  const [fileProblems, setFileProblems] = useState<ImportProblem[]>([]);
  const [fileFormat, setFileFormat] = useState<'csv' | 'json'>();
  const [scale, setScale] = useState<ScaleDraft>(() => draftFromMapping(suggestScaleForFile({ format: 'csv', rows: [], scoreLabels: [], ignoredColumns: [] })));
  const [recordScores, setRecordScores] = useState(true);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<DateParts>(() => partsFromIso(todayIso()));
  const [submitErrors, setSubmitErrors] = useState<ErrorItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [resetKey, setResetKey] = useState(0);

  const words = programme ? programmeWords(programme) : undefined;
  const current = useMemo(() => (programme ? programmePrompts(programme) : []), [programme]);
  const scaleResult = mappingFromDraft(scale);
  const scaleProblems = 'problems' in scaleResult ? scaleResult.problems : [];
  const built = useMemo(() => {
    if (!file || !words || !('mapping' in scaleResult)) return undefined;
    return buildImport(file.parsed, current, words.component, scaleResult.mapping);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, current, programme, JSON.stringify(scaleResult)]);

  if (programme === undefined) return <Loading />;
  if (programme === null) return <Missing what="programme" />;
  const w = words!;
  const hasScores = !!built?.ok && built.preview.scores.length > 0;

  const chooseFile = async (chosen: File | undefined) => {
    setSubmitErrors([]);
    setFile(null);
    setFileProblems([]);
    if (!chosen) return;
    const text = await chosen.text();
    const result = await parsePromptSetOffThread(chosen.name, text);
    setAttempt((n) => n + 1);
    if (!result.ok) {
      setFileFormat(/\.json$/i.test(chosen.name) ? 'json' : 'csv');
      setFileProblems(result.problems);
      return;
    }
    setFileFormat(result.file.format);
    const suggested = suggestScaleForFile(result.file);
    const check = buildImport(result.file, current, w.component, suggested);
    if (!check.ok && check.problems.some((p) => !p.field?.startsWith('score'))) {
      // Problems that no choice of scale can fix: the file itself needs correcting.
      setFileProblems(check.problems.filter((p) => !p.field?.startsWith('score')));
      return;
    }
    setFile({ name: chosen.name, parsed: result.file });
    setScale(draftFromMapping(suggested));
    setTitle(result.file.name ? `${result.file.name} (imported)` : 'Imported diagnostic');
  };

  const submit = async () => {
    setAttempt((n) => n + 1);
    const errors: ErrorItem[] = [];
    if (!file) errors.push({ field: FILE_ID, message: 'Choose a CSV or JSON file to import' });
    if (scaleProblems.length) errors.push(...scaleProblems.map((message) => ({ field: scale.kind === 'other' ? 'scale-label' : 'scale-kind', message })));
    if (built && !built.ok) errors.push(...problemItems(built.problems, fileFormat));
    let iso: string | undefined;
    if (hasScores && recordScores) {
      if (!title.trim()) errors.push({ field: 'round-title', message: 'Enter a title for the round that holds the scores' });
      const parsed = parseDateParts(date, 'the date of the diagnostic', 'The date of the diagnostic');
      if ('error' in parsed) errors.push({ field: 'round-date-day', message: parsed.error });
      else iso = parsed.iso;
    }
    setSubmitErrors(errors);
    if (errors.length || !built?.ok || !('mapping' in scaleResult)) return;
    const mapping = scaleResult.mapping;
    setBusy(true);
    try {
      const { roundId } = await importPromptSet(programme.id, {
        prompts: built.preview.prompts,
        ...(isOwnScale(mapping) ? {} : { scaleMapping: mapping }),
        ...(hasScores && recordScores && iso
          ? { pastRound: { title, date: iso, people: built.preview.scores.map((s) => ({ label: s.label, responses: s.responses })) } }
          : {}),
      });
      const n = built.preview.replaced.reduce((sum, c) => sum + (built.preview.counts[c] ?? 0), 0);
      const flash: WordsFlash = {
        imported: `${n} statements imported from ${file!.name}${roundId ? `, with past scores kept as the round “${title.trim()}”` : ''}. Rounds you start from now on will ask them.`,
      };
      void navigate(`/programmes/${programme.id}/words`, { state: flash });
    } catch (e) {
      const field = e instanceof ValidationError && e.field === 'title' ? 'round-title' : e instanceof ValidationError && e.field === 'date' ? 'round-date-day' : FILE_ID;
      setSubmitErrors([{ field, message: `${describeStorageError(e)} Nothing has been changed.` }]);
      setBusy(false);
    }
  };

  const fieldError = (id: string) => submitErrors.find((e) => e.field === id)?.message;
  const shownErrors = submitErrors.length ? submitErrors : fileProblems.length ? problemItems(fileProblems, fileFormat) : [];

  return (
    <>
      <Link to={`/programmes/${programme.id}/words`} className="nhsuk-back-link">
        Your programme’s words
      </Link>
      <ErrorSummary
        errors={shownErrors}
        title={fileProblems.length && !submitErrors.length ? 'This file cannot be imported. Nothing has been changed.' : 'There is a problem'}
        focusKey={attempt}
      />
      <span className="nhsuk-caption-l">{programme.name}</span>
      <h1>Import statements from a file</h1>
      <p className="nhsuk-lede-text">
        Bring in a diagnostic your team already uses, or the model’s statements reworded in a spreadsheet. You will see
        everything before anything is saved.
      </p>

      <h2 className="nhsuk-heading-m">1. Fill in a template</h2>
      <p>
        Each row is one statement: the component it belongs to, the statement, and optional help. The templates hold the
        model’s 40 statements to start from. Components you leave out of the file keep the statements they have now.
      </p>
      <ul>
        <li>
          <strong>component_id</strong>: one of {COMPONENT_IDS.map((id, i) => <span key={id}>{i ? ', ' : ''}<code>{id}</code></span>)}. The component’s name works too.
        </li>
        <li>
          <strong>prompt_text</strong>: the statement people will rate, up to 400 characters.
        </li>
        <li>
          <strong>help</strong> (optional): an example of evidence, shown under the statement.
        </li>
        <li>
          <strong>score</strong> (optional): past scores from your diagnostic. Add a column per person or group, headed like
          “score: Steering group”. Use whole numbers, “not yet”, “don’t know” or leave blank.
        </li>
      </ul>
      <div className="app-words-actions">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => download(CSV_TEMPLATE_NAME, 'text/csv', csvTemplate())}>
          Download the CSV template
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => download(JSON_TEMPLATE_NAME, 'application/json', jsonTemplate())}>
          Download the JSON template
        </button>
      </div>

      <h2 className="nhsuk-heading-m">2. Choose your file</h2>
      <FileUpload
        id={FILE_ID}
        label="CSV or JSON file"
        hint="The file is read on this device; nothing is uploaded."
        error={fileProblems.length > 0 ? 'This file cannot be imported: see the problems listed at the top' : undefined}
        accept=".csv,.json,text/csv,application/json"
        onFile={(chosen) => void chooseFile(chosen)}
        resetKey={resetKey}
      />

      {file && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h2 className="nhsuk-heading-m">3. Check the scale</h2>
          <ScaleMappingEditor draft={scale} onChange={setScale} problems={scaleProblems} />

          <h2 className="nhsuk-heading-m">4. Check what will change</h2>
          {built && !built.ok && (
            <div className="nhsuk-error-summary" data-testid="import-problems">
              <h3 className="nhsuk-error-summary__title">The file has problems to fix first</h3>
              <ul className="nhsuk-list nhsuk-error-summary__list">
                {problemItems(built.problems, fileFormat).map((item) => (
                  <li key={item.message}>{item.message}</li>
                ))}
              </ul>
            </div>
          )}
          {!built && <p>Fix the scale in step 3 to see what will change.</p>}
          {built?.ok && (
            <ImportPreviewView
              preview={built.preview}
              words={w}
              current={current}
              ignored={file.parsed.ignoredColumns}
              fileName={file.name}
            />
          )}
          {hasScores && built?.ok && (
            <>
              <h3 className="nhsuk-heading-s">Past scores</h3>
              <p>
                The file has scores from {built.preview.scores.map((s) => `“${s.label}” (${s.responses.length})`).join(', ')}.
                {' '}They can be kept as a closed round, so your next round has something to compare with.
              </p>
              {'mapping' in scaleResult && !isOwnScale(scaleResult.mapping) && (
                <p>They will be translated onto the five steps as set out in step 3, and the scale is kept with the programme.</p>
              )}
              <Checkbox id="record-scores" label="Keep the scores as a round" checked={recordScores} onChange={setRecordScores} />
              {recordScores && (
                <>
                  <TextInput id="round-title" label="Title of the round" error={fieldError('round-title')} value={title} onChange={setTitle} />
                  <DateInput
                    id="round-date"
                    legend="When was the diagnostic done?"
                    hint={`For example, ${formatDate(todayIso())}, written as ${partsFromIso(todayIso()).day} ${partsFromIso(todayIso()).month} ${partsFromIso(todayIso()).year}`}
                    error={fieldError('round-date-day')}
                    value={date}
                    onChange={setDate}
                  />
                </>
              )}
            </>
          )}
          <div className="app-words-actions">
            <button type="submit" className="nhsuk-button" disabled={busy}>
              {`Import ${file.parsed.rows.length} ${file.parsed.rows.length === 1 ? 'statement' : 'statements'}`}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => {
                setFile(null);
                setSubmitErrors([]);
                setResetKey((n) => n + 1);
                document.getElementById(FILE_ID)?.focus();
              }}
            >
              Choose a different file
            </button>
          </div>
        </form>
      )}
    </>
  );
}

function ImportPreviewView({
  preview,
  words,
  current,
  ignored,
  fileName,
}: {
  preview: Extract<ReturnType<typeof buildImport>, { ok: true }>['preview'];
  words: ReturnType<typeof programmeWords>;
  current: ReturnType<typeof programmePrompts>;
  ignored: string[];
  fileName: string;
}) {
  return (
    <div data-testid="import-preview">
      <p>
        From <strong>{fileName}</strong>: {preview.replaced.length} of 8 components get the file’s statements
        {preview.kept > 0 ? `; ${preview.kept} match statements you already have and keep their place in your trend charts` : ''}.
      </p>
      {ignored.length > 0 && <p>Columns not used: {ignored.map((c) => `“${c}”`).join(', ')}.</p>}
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">Statements per component</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Component</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Now</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">After</th>
            <th scope="col" className="nhsuk-table__header">What happens</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {COMPONENT_IDS.map((id) => {
            const now = current.filter((p) => p.componentId === id).length;
            const after = preview.prompts.filter((p) => p.componentId === id).length;
            return (
              <tr key={id} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__cell">
                  {words.component(id)}
                </th>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{now}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{after}</td>
                <td className="nhsuk-table__cell">{preview.replaced.includes(id) ? 'Replaced by the file’s statements' : 'Not in the file: kept as it is'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Read the imported statements</span>
        </summary>
        <div className="nhsuk-details__text">
          {preview.replaced.map((id) => (
            <div key={id}>
              <h4 className="nhsuk-heading-xs">{words.component(id)}</h4>
              <ol>
                {preview.prompts
                  .filter((p) => p.componentId === id)
                  .map((p) => (
                    <li key={p.id}>{p.text}</li>
                  ))}
              </ol>
            </div>
          ))}
        </div>
      </details>
    </div>
  );
}
