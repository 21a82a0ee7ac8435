import { diffArrays } from 'diff'

/**
 * A quote is the same quote in another outlet when, of the words of the shorter one, this share
 * lines up with the other in runs of at least `MIN_RUN` words. A partial quote inside a longer one
 * shares all its words; an altered one (`a powerful wall or a steel barrier`) most of them.
 */
export const SAME_QUOTE = 0.6
/** Shorter runs are chance: `there’s a`, `lot of`, `to the` line up between any two quotes. */
const MIN_RUN = 3
/** Fewer shared words than this is a phrase two speakers may both use, not one quote. */
export const MIN_SHARED_WORDS = 3

/**
 * The quote's words, lower case, without punctuation, with one apostrophe: what is compared when
 * two outlets print a quote, so `Steel barrier,”` and `steel barrier."` are the same words.
 */
export function quoteWords(text: string): string[] {
  // `F.B.I.` and `FBI` are one word.
  const undotted = text
    .toLowerCase()
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (abbreviation) =>
      abbreviation.replace(/\./g, ''),
    )
  return (undotted.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((w) =>
    w.replace(/’/g, "'"),
  )
}

export interface QuoteOverlap {
  /** Share of the shorter quote's words that line up with the other, 0 to 1. */
  score: number
  /** True when the words differ only before or after the part both print. */
  verbatim: boolean
}

/** How much two quotes' words line up, and whether they differ inside the part they share. */
export function compareQuoteWords(a: string[], b: string[]): QuoteOverlap {
  const changes = diffArrays(a, b)
  let shared = 0
  for (const change of changes) {
    if (!change.added && !change.removed && change.count >= MIN_RUN) shared += change.count
  }
  const shorter = Math.min(a.length, b.length)
  const score = shared >= MIN_SHARED_WORDS && shorter > 0 ? shared / shorter : 0
  // Words at either end that only one outlet prints are the part the other leaves out; both
  // printing different words there is a changed word.
  const kept = changes.map((c) => !c.added && !c.removed)
  const first = kept.indexOf(true)
  const last = kept.lastIndexOf(true)
  const oneSided = (ends: typeof changes) =>
    !(ends.some((c) => c.added) && ends.some((c) => c.removed))
  const verbatim =
    first !== -1 &&
    kept.slice(first, last + 1).every(Boolean) &&
    oneSided(changes.slice(0, first)) &&
    oneSided(changes.slice(last + 1))
  return { score, verbatim }
}

/**
 * The runs of `MIN_RUN` words starting at each position of a quote: two quotes can only be the
 * same quote when they share some, since shorter shared runs do not count.
 */
export function wordRuns(words: string[]): string[] {
  const runs: string[] = []
  for (let i = 0; i + MIN_RUN <= words.length; i++) runs.push(words.slice(i, i + MIN_RUN).join(' '))
  return runs
}

/**
 * Whether two quotes, of which `hits` positions of one start a run of words the other also has,
 * can be the same quote. Each run of `n >= MIN_RUN` words they share gives `n - MIN_RUN + 1 >=
 * n / MIN_RUN` such positions, so words in shared runs number at most `hits * MIN_RUN`: too few of
 * them and no diff is needed to say no.
 */
export function maySameQuote(hits: number, shorter: number): boolean {
  const shared = hits * MIN_RUN
  return shared >= MIN_SHARED_WORDS && shared >= SAME_QUOTE * shorter
}
