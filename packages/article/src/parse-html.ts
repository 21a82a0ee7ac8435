import { parseHTML } from 'linkedom'
import type { ArticleDraft } from './draft'
import type { DomDocument } from './dom'
import { checkHtmlShape } from './html-guard'
import { personName, readMetadata } from './metadata'
import { extractContent } from './extract'
import { collectBlocks } from './blocks'
import { cleanBlocks, removeCaptions, removeNoise } from './clean'
import { stripSiteName } from './title'
import { outletFromUrl } from './url'

/** Reads an HTML page: its metadata first (the extractor rewrites the DOM), then its main text. */
export function parseHtml(html: string): ArticleDraft {
  checkHtmlShape(html)
  const document = buildDocument(html)
  const metadata = readMetadata(document)
  if (document.body) removeCaptions(document.body)
  const extracted = extractContent(document)
  const rawTitle = metadata.title ?? extracted?.title
  const title =
    rawTitle === undefined
      ? undefined
      : stripSiteName(rawTitle, metadata.outlet ?? outletFromUrl(metadata.url))
  if (extracted) removeNoise(extracted.root)
  const cleaned = extracted ? cleanBlocks(collectBlocks(extracted.root), title) : undefined
  return {
    paragraphs: cleaned?.paragraphs ?? [],
    title,
    outlet: metadata.outlet,
    byline:
      metadata.byline ??
      personName(extracted?.byline, metadata.outlet) ??
      personName(cleaned?.byline, metadata.outlet),
    published: metadata.published,
    url: metadata.url,
    lang: metadata.lang,
  }
}

function buildDocument(html: string): DomDocument {
  const window: unknown = parseHTML(withDocumentShell(html))
  return (window as { document: DomDocument }).document
}

const HAS_HTML = /<html[\s>]/i
const HAS_BODY = /<body[\s>]/i
const SHELL_TAGS = /<!doctype[^>]*>|<\/?(?:html|head|body)(?=[\s>/])[^>]*>/gi

/**
 * linkedom builds the tree as written and, unlike a browser, does not supply a missing `<html>`
 * or `<body>`; fragments and sloppy pages would have no body to extract from. Such input is put
 * in a complete shell (metadata tags still work from inside the body).
 */
function withDocumentShell(html: string): string {
  if (HAS_HTML.test(html) && HAS_BODY.test(html)) return html
  return `<!doctype html><html><head></head><body>${html.replace(SHELL_TAGS, '')}</body></html>`
}
