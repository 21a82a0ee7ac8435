import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom'

/** Elements that start a new paragraph of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'UL',
  'BR',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
])
/** Elements whose text is never prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'MATH',
])

export interface TextBlock {
  text: string
  /** The tag of the nearest block element holding the text, e.g. `P`, `H2`, `LI`. */
  tag: string
}

/**
 * The text of an element as blocks, in reading order: each paragraph, heading or list item
 * becomes one block, inline elements flow into the block around them.
 */
export function collectBlocks(root: DomElement): TextBlock[] {
  const blocks: TextBlock[] = []
  let buffer = ''
  let tag = root.tagName
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim()
    if (text !== '') blocks.push({ text, tag })
    buffer = ''
  }
  const walk = (node: DomNode, blockTag: string) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (buffer === '') tag = blockTag
        buffer += child.nodeValue ?? ''
        continue
      }
      if (child.nodeType !== ELEMENT_NODE) continue
      const name = (child as DomElement).tagName.toUpperCase()
      if (SKIPPED_TAGS.has(name)) continue
      // A table row reads as one line; its cells are separated, not split apart.
      if (name === 'TD' || name === 'TH') buffer += ' '
      if (BLOCK_TAGS.has(name)) {
        flush()
        walk(child, name)
        flush()
      } else walk(child, blockTag)
    }
  }
  walk(root, root.tagName.toUpperCase())
  flush()
  return blocks
}
