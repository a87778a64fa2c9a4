import { clearScaleMapping } from '../../db/promptSets';
import { isSoundScaleMapping, type ScaleMapping } from '../../model/promptSets';
import { ANSWER_SCALE } from '../../model/vocabulary';
import { ConfirmButton } from './ConfirmButton';

/** The mapping as a table: each score on the diagnostic's scale and the step it counts as. */
export function ScaleMappingTable({ mapping, caption }: { mapping: ScaleMapping; caption: string }) {
  return (
    <table className="nhsuk-table app-words-scale" data-testid="scale-mapping">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Your score
          </th>
          <th scope="col" className="nhsuk-table__header">
            Counts as
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {mapping.steps.map((s) => (
          <tr key={s.score} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">{s.score}</td>
            <td className="nhsuk-table__cell">
              {s.level}. {ANSWER_SCALE[s.level - 1]!.label}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScaleSummary({ programmeId, mapping }: { programmeId: string; mapping: ScaleMapping | undefined }) {
  // A mapping restored from a damaged or hand-edited backup is not shown rather than shown wrong.
  if (!isSoundScaleMapping(mapping)) return null;
  return (
    <section aria-labelledby="scale-heading" className="app-words-section">
      <h2 id="scale-heading" className="nhsuk-heading-m">
        Your diagnostic’s scale
      </h2>
      <p>
        Your own diagnostic was scored on “{mapping.label}”, from {mapping.min} to {mapping.max}. Its scores were translated
        onto the model’s five steps like this. Rounds held in this app use the five steps directly.
      </p>
      <ScaleMappingTable mapping={mapping} caption="How your diagnostic’s scores count on the five steps" />
      <ConfirmButton
        label="Forget this scale"
        question="The table above will no longer be shown. Scores already imported keep the steps they were given."
        confirmLabel="Forget the scale"
        onConfirm={() => clearScaleMapping(programmeId)}
      />
    </section>
  );
}
