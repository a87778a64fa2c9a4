import { useSearchParams } from 'react-router';
import type { VocabularyId } from '../../model/types';

/** The model screens can show either built-in vocabulary; the choice lives in the address so links keep it. */
export function useVocabularyParam(): [VocabularyId, (v: VocabularyId) => void] {
  const [params, setParams] = useSearchParams();
  const vocabulary: VocabularyId = params.get('labels') === '2018' ? '2018' : '2013';
  const set = (v: VocabularyId) => {
    const next = new URLSearchParams(params);
    if (v === '2013') next.delete('labels');
    else next.set('labels', v);
    setParams(next, { replace: true });
  };
  return [vocabulary, set];
}

export function vocabularySuffix(vocabulary: VocabularyId): string {
  return vocabulary === '2018' ? '?labels=2018' : '';
}
