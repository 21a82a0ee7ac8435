import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom'

/** Elements that start a new paragraph of text. */
// prettier-ignore
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'BR',
  'CAPTION', 'DETAILS', 'SUMMARY',
])
/** Elements whose text is never prose. */
// prettier-ignore
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
  'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH',
])

export interface TextBlock {
  text: string
  /** The tag of the nearest block element holding the text, e.g. `P`, `H2`, `LI`. */
  tag: string
  /** Share of the block's letters and digits that sit inside links. */
  linkShare: number
}

const ALNUM = /[\p{L}\p{N}]/gu
const countAlnum = (text: string) => text.match(ALNUM)?.length ?? 0

/**
 * The text of an element as blocks, in reading order: each paragraph, heading or list item
 * becomes one block, inline elements flow into the block around them.
 */
export function collectBlocks(root: DomElement): TextBlock[] {
  const blocks: TextBlock[] = []
  let buffer = ''
  let linkChars = 0
  let tag = root.tagName
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim()
    if (text !== '')
      blocks.push({ text, tag, linkShare: linkChars / Math.max(countAlnum(text), 1) })
    buffer = ''
    linkChars = 0
  }
  const walk = (node: DomNode, blockTag: string, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (buffer === '') tag = blockTag
        const value = child.nodeValue ?? ''
        buffer += value
        if (inLink) linkChars += countAlnum(value)
        continue
      }
      if (child.nodeType !== ELEMENT_NODE) continue
      const name = (child as DomElement).tagName.toUpperCase()
      if (SKIPPED_TAGS.has(name)) continue
      // A table row reads as one line; its cells are separated, not split apart.
      if (name === 'TD' || name === 'TH') buffer += ' '
      const linked = inLink || name === 'A'
      if (BLOCK_TAGS.has(name)) {
        flush()
        walk(child, name, linked)
        flush()
      } else walk(child, blockTag, linked)
    }
  }
  walk(root, root.tagName.toUpperCase(), false)
  flush()
  return blocks
}
