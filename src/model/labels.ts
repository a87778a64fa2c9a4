/**
 * The components' names in each vocabulary: all the first screen needs of the model (issue 17);
 * the rest (summaries, questions, statements) is in components.ts and loads with the screens
 * that show it.
 */
import type { ComponentId, VocabularyId } from './types';

export const COMPONENT_LABELS: Readonly<Record<ComponentId, Readonly<Record<VocabularyId, string>>>> = {
  'shared-purpose': { '2013': 'Our shared purpose', '2018': 'Our shared purpose' },
  'leadership': { '2013': 'Leadership for change', '2018': 'Leadership by all' },
  'spread': { '2013': 'Spread of innovation', '2018': 'Spread and adoption' },
  'improvement-methodology': { '2013': 'Improvement methodology', '2018': 'Improvement tools' },
  'rigorous-delivery': { '2013': 'Rigorous delivery', '2018': 'Project and performance management' },
  'transparent-measurement': { '2013': 'Transparent measurement', '2018': 'Measurement' },
  'system-drivers': { '2013': 'System drivers', '2018': 'System drivers' },
  'engagement': { '2013': 'Engagement to mobilise', '2018': 'Motivate and mobilise' },
};

/** The programme's name for a component: its own wording if it has one, else its vocabulary's label. */
export function componentName(
  id: ComponentId,
  programme?: { vocabulary?: VocabularyId; componentLabels?: Partial<Record<ComponentId, string>> },
): string {
  const own = programme?.componentLabels?.[id]?.trim();
  return own ? own : COMPONENT_LABELS[id][programme?.vocabulary ?? '2013'];
}
