import {
  CALL_TO_ACTION_LINES,
  CREDIT_LINES,
  FRAGMENT_MAX_WORDS,
  SHARE_TARGETS,
} from './lexicon/boilerplate'

/** A line may match a boilerplate phrase and still be dropped only if it is at most this long. */
const PATTERN_MAX_WORDS = 20
const ENDS_SENTENCE = /[.!?…。！？][\s"'”’)\]»」』）]*$/u

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu
/** Chinese and Japanese write no spaces; about two characters make a word. */
const CJK_CHARS_PER_WORD = 2

export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0
  const rest = cjk === 0 ? text : text.replace(CJK, ' ')
  return (rest.match(WORD)?.length ?? 0) + Math.ceil(cjk / CJK_CHARS_PER_WORD)
}

/** Only the last characters matter; testing them alone keeps long lines cheap. */
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.length > 32 ? text.slice(-32) : text)
}

/**
 * Whether a line is what surrounds an article rather than its prose: a caption, a bare name or a
 * label (short and without a sentence's closing punctuation), or a share, subscribe, read-more or
 * credit line. A long sentence is never dropped, whatever it contains.
 */
export function isBoilerplateLine(line: string): boolean {
  const words = countWords(line)
  if (words === 0) return true
  if (!endsSentence(line) && !line.endsWith(':') && words <= FRAGMENT_MAX_WORDS) return true
  if (words > PATTERN_MAX_WORDS) return false
  return matchesBoilerplatePhrase(line)
}

export function matchesBoilerplatePhrase(line: string): boolean {
  const trimmed = line.trim()
  return (
    isShareBar(trimmed) ||
    CALL_TO_ACTION_LINES.some((re) => re.test(trimmed)) ||
    CREDIT_LINES.some((re) => re.test(trimmed))
  )
}

const SHARE_BAR_MAX_WORDS = 8

/** "Whatsapp Facebook Pint Baixar": a few words, most of them places to share to. */
function isShareBar(line: string): boolean {
  if (endsSentence(line)) return false
  const words = line.toLowerCase().match(/[\p{L}-]+/gu) ?? []
  if (words.length < 2 || words.length > SHARE_BAR_MAX_WORDS) return false
  return words.filter((w) => SHARE_TARGETS.has(w)).length * 2 > words.length
}
