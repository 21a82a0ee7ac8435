import type { DomElement } from './dom'
import type { TextBlock } from './blocks'
import { countWords, endsSentence, matchesBoilerplatePhrase } from './boilerplate'
import { NOISE_NAME_PARTS, NOISE_TAGS } from './lexicon/noise'
import { isDateLine } from './dateline'

const NOISE_TAG_SET = new Set(NOISE_TAGS.map((tag) => tag.toUpperCase()))
const NOISE_NAME = new RegExp(
  NOISE_NAME_PARTS.map((part) => part.replace(/[-]/g, '\\-')).join('|'),
  'i',
)
/** An element holding more than this share of the article's text is the article, not noise in it. */
const NOISE_MAX_SHARE = 0.3
const PHRASE_MAX_WORDS = 20
const BYLINE_MAX_WORDS = 10
const BYLINE =
  /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|BY|[Pp]or|[Vv]on|[Pp]ar|[Dd]i|[Dd]oor)\s+\p{Lu}/u
const BYLINE_LEAD = /^(?:by|written by|words by|reporting by|por|von|par|di|door)\s+/i
const LINK_BLOCK_MIN_SHARE = 0.8
const LINK_BLOCK_MAX_WORDS = 25
const SHOUTED_MAX_WORDS = 15
/**
 * Removes what extractors leave inside the article's container: figures and their captions,
 * share and follow bars, related-story boxes, newsletter prompts, bylines and timestamps. Only
 * elements holding a small share of the text go, so a wrapper whose class happens to say
 * "share" cannot take the article with it.
 */
export function removeNoise(root: DomElement): void {
  const limit = (root.textContent ?? '').length * NOISE_MAX_SHARE
  // One walk with one regular expression: far cheaper on linkedom than a long selector list.
  const visit = (element: DomElement) => {
    for (const child of Array.from(element.children)) {
      if (isNoise(child) && (child.textContent ?? '').length <= limit) child.remove()
      else visit(child)
    }
  }
  visit(root)
}

const CAPTION_NAME = /caption|credit/i
const CAPTION_SELECTOR =
  'figcaption, [class*="aption"], [id*="aption"], [class*="redit"], [id*="redit"]'
/** A caption or photo credit is a line or two; a bigger element so named wraps more than that. */
const CAPTION_MAX_CHARS = 500

/**
 * Removes photo captions and credits (`<figcaption>`, elements whose class or id says caption or
 * credit) from the whole page before the extractor runs: it unwraps a `<div class="caption">`
 * holding one paragraph into a bare paragraph, and the class that marked it is gone.
 */
export function removeCaptions(root: DomElement): void {
  // One selector (matching `Caption` and `caption` alike) is far cheaper on linkedom than a walk.
  for (const element of Array.from(root.querySelectorAll(CAPTION_SELECTOR))) {
    if (isCaption(element) && (element.textContent ?? '').length <= CAPTION_MAX_CHARS) {
      element.remove()
    }
  }
}

function isCaption(element: DomElement): boolean {
  if (element.tagName.toUpperCase() === 'FIGCAPTION') return true
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
  return names !== ' ' && CAPTION_NAME.test(names)
}

function isNoise(element: DomElement): boolean {
  if (NOISE_TAG_SET.has(element.tagName.toUpperCase())) return true
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
  return names !== ' ' && NOISE_NAME.test(names)
}

export interface CleanedBlocks {
  paragraphs: string[]
  /** The first byline line found in the text ("By Aisha Rahman"), without its "By". */
  byline?: string
}

/** Keeps the blocks that are prose: drops the headline repeated, bylines, datelines and call-to-action lines. */
export function cleanBlocks(
  blocks: readonly TextBlock[],
  title: string | undefined,
): CleanedBlocks {
  const heading = title ? normalize(title) : undefined
  const paragraphs: string[] = []
  let byline: string | undefined
  for (const { text, linkShare } of blocks) {
    const words = countWords(text)
    if (heading !== undefined && normalize(text) === heading) continue
    // A short block that is all link is a pointer to another story, not this one's prose.
    if (linkShare >= LINK_BLOCK_MIN_SHARE && words <= LINK_BLOCK_MAX_WORDS) continue
    if (isShouted(text) && words <= SHOUTED_MAX_WORDS) continue
    if (words <= PHRASE_MAX_WORDS && matchesBoilerplatePhrase(text)) continue
    if (words <= BYLINE_MAX_WORDS && BYLINE.test(text) && !endsSentence(text)) {
      byline ??= text.replace(BYLINE_LEAD, '').trim()
      continue
    }
    if (isDateLine(text)) continue
    paragraphs.push(text)
  }
  return { paragraphs, byline }
}

/** "GET FOX BUSINESS ON THE GO": promos and kickers in capitals, without a sentence's end. */
function isShouted(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 8 && !endsSentence(text)
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
