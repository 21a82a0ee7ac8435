import { diffWords } from 'diff'
import type { WordChange } from './types'

/** Word-level changes that turn sentence `a` into sentence `b`; whitespace rides with the words. */
export function diffSentenceWords(a: string, b: string): WordChange[] {
  return diffWords(a, b).map((change) => ({
    value: change.value,
    type: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }))
}
