import type { DomElement } from './dom'
import type { TextBlock } from './blocks'
import { countWords, endsSentence, matchesBoilerplatePhrase } from './boilerplate'
import { NOISE_NAME_PARTS, NOISE_TAGS } from './lexicon/noise'

const NOISE_SELECTOR = [
  ...NOISE_TAGS,
  ...NOISE_NAME_PARTS.flatMap((part) => [`[class*="${part}" i]`, `[id*="${part}" i]`]),
].join(',')
/** An element holding more than this share of the article's text is the article, not noise in it. */
const NOISE_MAX_SHARE = 0.3
const PHRASE_MAX_WORDS = 20
const BYLINE_MAX_WORDS = 10
const BYLINE = /^(?:by|written by|words by|reporting by|por|von|par|di|door)\s+\p{Lu}/iu
const DATELINE_MAX_WORDS = 12
const DATE_WORDS =
  /^(?:(?:published|posted|updated|last updated|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|est|edt|pst|pdt|bst|cet|et|pt|ago|hours?|minutes?|days?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)|\d+(?:st|nd|rd|th)?)$/i

/**
 * Removes what extractors leave inside the article's container: figures and their captions,
 * share and follow bars, related-story boxes, newsletter prompts, bylines and timestamps. Only
 * elements holding a small share of the text go, so a wrapper whose class happens to say
 * "share" cannot take the article with it.
 */
export function removeNoise(root: DomElement): void {
  const total = (root.textContent ?? '').length
  for (const element of [...root.querySelectorAll(NOISE_SELECTOR)]) {
    if (!element.parentNode) continue
    if ((element.textContent ?? '').length <= total * NOISE_MAX_SHARE) element.remove()
  }
}

/** Keeps the blocks that are prose: drops the headline repeated, bylines, datelines and call-to-action lines. */
export function cleanBlocks(blocks: readonly TextBlock[], title: string | undefined): string[] {
  const heading = title ? normalize(title) : undefined
  return blocks
    .filter((block) => {
      const words = countWords(block.text)
      if (heading !== undefined && normalize(block.text) === heading) return false
      if (words <= PHRASE_MAX_WORDS && matchesBoilerplatePhrase(block.text)) return false
      if (words <= BYLINE_MAX_WORDS && BYLINE.test(block.text) && !endsSentence(block.text))
        return false
      return !(words <= DATELINE_MAX_WORDS && isDateLine(block.text))
    })
    .map((block) => block.text)
}

function isDateLine(text: string): boolean {
  const tokens = text.split(/[\s,.:|/·•–—-]+/).filter((t) => t !== '')
  return (
    tokens.length > 0 && tokens.some((t) => /\d/.test(t)) && tokens.every((t) => DATE_WORDS.test(t))
  )
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
