/**
 * The import templates, built from the model's own statements so that a team can start from
 * them and reword, or replace them with its own diagnostic. public/templates/ holds the same
 * text (a unit test keeps the two in step); the app offers these strings as downloads so that
 * they work offline too.
 */
import Papa from 'papaparse';
import { defaultPrompts } from '../../db/programmes';
import { JSON_FORMAT_ID, JSON_FORMAT_VERSION } from './importFormat';

export const CSV_TEMPLATE_NAME = 'prompt-set-template.csv';
export const JSON_TEMPLATE_NAME = 'prompt-set-template.json';

/** CSV: one statement a row. `score` is optional: fill it in to bring past scores with the statements. */
export function csvTemplate(): string {
  const rows = defaultPrompts().map((p) => [p.componentId, p.text, p.help ?? '', '']);
  return `${Papa.unparse({ fields: ['component_id', 'prompt_text', 'help', 'score'], data: rows }, { newline: '\n' })}\n`;
}

/** JSON: the same, with the scale the scores were given on (our five steps unless you change it). */
export function jsonTemplate(): string {
  const template = {
    format: JSON_FORMAT_ID,
    version: JSON_FORMAT_VERSION,
    name: 'Our statements',
    scale: { label: 'Our five steps', min: 1, max: 5, steps: { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 } },
    prompts: defaultPrompts().map((p) => ({ componentId: p.componentId, text: p.text, ...(p.help ? { help: p.help } : {}), scores: {} })),
  };
  return `${JSON.stringify(template, null, 2)}\n`;
}
