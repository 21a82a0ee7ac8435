import { parseHTML } from 'linkedom'
import type { ArticleDraft } from './draft'
import type { DomDocument } from './dom'
import { checkHtmlShape } from './html-guard'
import { readMetadata } from './metadata'
import { extractContent } from './extract'
import { collectBlocks } from './blocks'
import { cleanBlocks, removeNoise } from './clean'
import { normalizePublished } from './published'

/** Reads an HTML page: its metadata first (the extractor rewrites the DOM), then its main text. */
export function parseHtml(html: string): ArticleDraft {
  checkHtmlShape(html)
  const document = buildDocument(html)
  const metadata = readMetadata(document)
  const extracted = extractContent(document)
  const title = metadata.title ?? extracted?.title
  if (extracted) removeNoise(extracted.root)
  const paragraphs = extracted ? cleanBlocks(collectBlocks(extracted.root), title) : []
  return {
    paragraphs,
    title,
    outlet: metadata.outlet,
    byline: metadata.byline ?? extracted?.byline,
    published: normalizePublished(metadata.published),
    url: metadata.url,
    lang: metadata.lang,
  }
}

function buildDocument(html: string): DomDocument {
  const window: unknown = parseHTML(html)
  return (window as { document: DomDocument }).document
}
