import { describe, it, expect } from 'vitest';
import {
  ALL_PAIRS,
  ALL_PROMPTS,
  ANSWER_OPTIONS,
  ANSWER_SCALE,
  COMPONENTS,
  COMPONENT_GROUPS,
  COMPONENT_IDS,
  DEFAULT_TENSION_PAIRS,
  DONT_KNOW,
  GLOSSARY,
  JUDGEMENT_SCALE,
  NOT_YET,
  ROLES,
  ROLE_GROUPS,
  roleGroupOf,
  STAGES,
  VOCABULARIES,
  answerLabel,
  canonicalPair,
  componentIndex,
  componentLabel,
  findTension,
  getComponent,
  getPrompt,
  groupOf,
  harderComponents,
  judgementLabel,
  pairKey,
  roleLabel,
  softerComponents,
  type ComponentId,
  type VocabularyId,
} from '../../src/model';

const VOCABS: readonly VocabularyId[] = ['2013', '2018'];

/** The labels exactly as the table in PRODUCT.md gives them. */
const EXPECTED_LABELS: Record<ComponentId, Record<VocabularyId, string>> = {
  'shared-purpose': { '2013': 'Our shared purpose', '2018': 'Our shared purpose' },
  leadership: { '2013': 'Leadership for change', '2018': 'Leadership by all' },
  spread: { '2013': 'Spread of innovation', '2018': 'Spread and adoption' },
  'improvement-methodology': { '2013': 'Improvement methodology', '2018': 'Improvement tools' },
  'rigorous-delivery': { '2013': 'Rigorous delivery', '2018': 'Project and performance management' },
  'transparent-measurement': { '2013': 'Transparent measurement', '2018': 'Measurement' },
  'system-drivers': { '2013': 'System drivers', '2018': 'System drivers' },
  engagement: { '2013': 'Engagement to mobilise', '2018': 'Motivate and mobilise' },
};

describe('components', () => {
  it('lists the eight components in COMPONENT_IDS order', () => {
    expect(COMPONENTS.map((c) => c.id)).toEqual([...COMPONENT_IDS]);
  });

  it('has unique component ids', () => {
    expect(new Set(COMPONENTS.map((c) => c.id)).size).toBe(COMPONENTS.length);
  });

  it('has unique prompt ids across all components', () => {
    const ids = COMPONENTS.flatMap((c) => c.prompts.map((p) => p.id));
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ALL_PROMPTS.map((p) => p.id)).toEqual(ids);
  });

  it('has unique prompt wording', () => {
    const texts = ALL_PROMPTS.map((p) => p.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  for (const component of COMPONENTS) {
    describe(component.id, () => {
      it('has non-empty labels in both vocabularies', () => {
        for (const v of VOCABS) expect(component.labels[v].trim()).not.toBe('');
      });

      it('has a gloss, 3-5 summary bullets and 1-2 questions', () => {
        expect(component.gloss.trim()).not.toBe('');
        expect(component.summary.length).toBeGreaterThanOrEqual(3);
        expect(component.summary.length).toBeLessThanOrEqual(5);
        for (const line of component.summary) expect(line.trim()).not.toBe('');
        expect(component.questions.length).toBeGreaterThanOrEqual(1);
        expect(component.questions.length).toBeLessThanOrEqual(2);
        for (const q of component.questions) expect(q.trim()).toMatch(/\?$/);
      });

      it('has exactly five prompts with ids <componentId>.1 to .5', () => {
        expect(component.prompts.map((p) => p.id)).toEqual(
          [1, 2, 3, 4, 5].map((n) => `${component.id}.${n}`),
        );
        for (const prompt of component.prompts) {
          expect(prompt.componentId).toBe(component.id);
          expect(prompt.text.trim()).not.toBe('');
          if (prompt.help !== undefined) expect(prompt.help.trim()).not.toBe('');
        }
      });
    });
  }

  it('uses the labels from the PRODUCT.md table', () => {
    for (const c of COMPONENTS) expect(c.labels).toEqual(EXPECTED_LABELS[c.id]);
  });

  it('renames every component in 2018 except shared purpose and system drivers', () => {
    // PRODUCT.md's prose says "seven", but its table (and NHS England's 2018 refresh)
    // keeps both "Our shared purpose" and "System drivers": six are renamed.
    const renamed = COMPONENTS.filter((c) => c.labels['2018'] !== c.labels['2013']).map((c) => c.id);
    expect(renamed).toEqual([
      'leadership',
      'spread',
      'improvement-methodology',
      'rigorous-delivery',
      'transparent-measurement',
      'engagement',
    ]);
  });

  it('looks components and prompts up by id', () => {
    for (const id of COMPONENT_IDS) expect(getComponent(id).id).toBe(id);
    expect(getPrompt('engagement.1')?.componentId).toBe('engagement');
    expect(getPrompt('no-such.1')).toBeUndefined();
  });
});

describe('groups', () => {
  it('matches the softer/harder grouping in PRODUCT.md', () => {
    expect([...softerComponents()].sort()).toEqual(['engagement', 'leadership', 'shared-purpose']);
    expect([...harderComponents()].sort()).toEqual([
      'rigorous-delivery',
      'spread',
      'system-drivers',
      'transparent-measurement',
    ]);
    expect(COMPONENT_GROUPS.between).toEqual(['improvement-methodology']);
    expect(groupOf('improvement-methodology')).toBe('between');
  });

  it('puts every component in exactly one group', () => {
    const all = [...COMPONENT_GROUPS.softer, ...COMPONENT_GROUPS.harder, ...COMPONENT_GROUPS.between];
    expect([...all].sort()).toEqual([...COMPONENT_IDS].sort());
  });
});

describe('componentLabel', () => {
  it('uses the chosen vocabulary, 2013 by default', () => {
    expect(componentLabel('engagement')).toBe('Engagement to mobilise');
    expect(componentLabel('engagement', '2018')).toBe('Motivate and mobilise');
  });

  it("prefers a programme's own wording, ignoring blank overrides", () => {
    const overrides = { 'transparent-measurement': 'Where are we now?', engagement: '   ' };
    expect(componentLabel('transparent-measurement', '2013', overrides)).toBe('Where are we now?');
    expect(componentLabel('engagement', '2018', overrides)).toBe('Motivate and mobilise');
    expect(componentLabel('leadership', '2018', overrides)).toBe('Leadership by all');
  });

  it('offers both built-in vocabularies', () => {
    expect(VOCABULARIES.map((v) => v.id)).toEqual(['2013', '2018']);
  });
});

describe('pairs and tensions', () => {
  it('ALL_PAIRS has the 28 unique pairs of different components, in canonical order', () => {
    expect(ALL_PAIRS).toHaveLength(28);
    const keys = ALL_PAIRS.map(([a, b]) => pairKey(a, b));
    expect(new Set(keys).size).toBe(28);
    for (const [a, b] of ALL_PAIRS) {
      expect(a).not.toBe(b);
      expect(componentIndex(a)).toBeLessThan(componentIndex(b));
    }
  });

  it('pairKey is order-independent and follows COMPONENT_IDS order', () => {
    for (const a of COMPONENT_IDS) {
      for (const b of COMPONENT_IDS) expect(pairKey(a, b)).toBe(pairKey(b, a));
    }
    expect(pairKey('engagement', 'transparent-measurement')).toBe('transparent-measurement|engagement');
    expect(canonicalPair('engagement', 'leadership')).toEqual(['leadership', 'engagement']);
  });

  it('has the eleven default pairs from PRODUCT.md', () => {
    const expected: [ComponentId, ComponentId][] = [
      ['engagement', 'transparent-measurement'],
      ['engagement', 'system-drivers'],
      ['leadership', 'engagement'],
      ['rigorous-delivery', 'improvement-methodology'],
      ['shared-purpose', 'system-drivers'],
      ['shared-purpose', 'transparent-measurement'],
      ['rigorous-delivery', 'shared-purpose'],
      ['spread', 'improvement-methodology'],
      ['rigorous-delivery', 'engagement'],
      ['transparent-measurement', 'system-drivers'],
      ['leadership', 'spread'],
    ];
    expect(DEFAULT_TENSION_PAIRS).toHaveLength(expected.length);
    expect(new Set(DEFAULT_TENSION_PAIRS.map((p) => pairKey(p.a, p.b)))).toEqual(
      new Set(expected.map(([a, b]) => pairKey(a, b))),
    );
  });

  it('every default pair names two different real components, once, in canonical order', () => {
    const keys = new Set<string>();
    for (const pair of DEFAULT_TENSION_PAIRS) {
      expect(COMPONENT_IDS).toContain(pair.a);
      expect(COMPONENT_IDS).toContain(pair.b);
      expect(pair.a).not.toBe(pair.b);
      expect(componentIndex(pair.a)).toBeLessThan(componentIndex(pair.b));
      expect(pair.tension.trim()).not.toBe('');
      expect(pair.source.trim()).not.toBe('');
      const key = pairKey(pair.a, pair.b);
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
  });

  it('findTension works in either order and returns undefined for other pairs', () => {
    const t = findTension('engagement', 'system-drivers');
    expect(t).toBeDefined();
    expect(findTension('system-drivers', 'engagement')).toBe(t);
    expect(findTension('spread', 'system-drivers')).toBeUndefined();
    expect(findTension('spread', 'spread')).toBeUndefined();
  });
});

describe('scales, stages and roles', () => {
  it('has five answer steps from "Not in place" to "Embedded"', () => {
    expect(ANSWER_SCALE.map((s) => s.value)).toEqual([1, 2, 3, 4, 5]);
    expect(ANSWER_SCALE[0]?.label).toBe('Not in place');
    expect(ANSWER_SCALE[4]?.label).toBe('Embedded');
    for (const s of ANSWER_SCALE) expect(s.description.trim()).not.toBe('');
  });

  it('keeps "not yet" and "don\'t know" distinct from the levels', () => {
    expect(NOT_YET.label).toBe('Not yet at this stage');
    expect(DONT_KNOW.label).toBe("Don't know");
    expect(ANSWER_OPTIONS.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 'not-yet', 'dont-know']);
    expect(answerLabel('not-yet')).toBe('Not yet at this stage');
    expect(answerLabel(3)).toBe('In place in parts');
  });

  it('has a 0-3 judgement scale from reinforcing to pulling apart', () => {
    expect(JUDGEMENT_SCALE.map((s) => s.value)).toEqual([0, 1, 2, 3]);
    expect(JUDGEMENT_SCALE.map((s) => s.label)).toEqual([
      'Reinforcing',
      'Independent',
      'Some friction',
      'Pulling apart',
    ]);
    expect(judgementLabel(2)).toBe('Some friction');
  });

  it('has six stages and twelve roles with unique ids and labels, each role in exactly one group', () => {
    expect(STAGES.map((s) => s.id)).toEqual([
      'defining',
      'designing',
      'testing',
      'implementing',
      'spreading',
      'sustaining',
    ]);
    expect(new Set(ROLES.map((r) => r.id)).size).toBe(12);
    expect(new Set(ROLES.map((r) => r.label)).size).toBe(12);
    // The earlier, broader roles are kept (older rounds read as they were), grouped with the finer ones.
    for (const id of ['executive', 'manager', 'clinician', 'frontline', 'patient-public', 'partner', 'other']) {
      expect(ROLES.some((r) => r.id === id)).toBe(true);
    }
    const grouped = ROLE_GROUPS.flatMap((g) => g.roles);
    expect([...grouped].sort()).toEqual(ROLES.map((r) => r.id).sort());
    expect(roleGroupOf('clinician')).toBe('clinical');
    expect(roleGroupOf('doctor')).toBe('clinical');
    expect(roleGroupOf('support-ancillary')).toBe('staff');
    expect(roleGroupOf('frontline')).toBe('staff');
    expect(roleGroupOf('manager')).toBe('senior');
    expect(roleGroupOf('from-a-newer-version')).toBe('other');
    expect(roleLabel('patient-public')).toBe('Patient or public representative');
    expect(roleLabel('something-else')).toBe('something-else');
  });

  it('has a glossary of unique, defined terms covering the measures', () => {
    const terms = GLOSSARY.map((g) => g.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    for (const g of GLOSSARY) expect(g.definition.trim()).not.toBe('');
    // One user-facing name per measure (PRODUCT.md): the glossary uses those names, with ids for links.
    const ids = GLOSSARY.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['in-place', 'attended-to', 'spread-of-views', 'blind-spot', 'not-yet', 'friction', 'gap', 'softer-minus-harder', 'hardest', 'baseline', 'polarity']) {
      expect(ids).toContain(id);
    }
    for (const old of ['coverage', 'attention', 'divergence', 'imbalance', 'reported friction']) expect(terms.join(' ')).not.toContain(old);
  });
});
