import type { WordChange } from '@parallax/compare'

export interface DiffMarks {
  removed: (text: string) => string
  added: (text: string) => string
  same?: (text: string) => string
}

/** One line showing how sentence a becomes sentence b, with the changed words marked. */
export function renderDiff(diff: WordChange[], marks: DiffMarks): string {
  return diff
    .map((change) =>
      change.type === 'same'
        ? (marks.same?.(change.value) ?? change.value)
        : change.type === 'removed'
          ? marks.removed(change.value)
          : marks.added(change.value),
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Marks readable without colour, as `git diff --word-diff` prints them. */
export const PLAIN_MARKS: DiffMarks = {
  removed: (text) => `[-${text.trim()}-]${/\s$/.test(text) ? ' ' : ''}`,
  added: (text) => `{+${text.trim()}+}${/\s$/.test(text) ? ' ' : ''}`,
}
