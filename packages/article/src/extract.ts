import { Readability } from '@mozilla/readability'
import type { DomDocument, DomElement } from './dom'

export interface ExtractedContent {
  root: DomElement
  title?: string
  byline?: string
}

/**
 * The one place that knows which extractor finds a page's main content. Readability is handed
 * linkedom's document (its types name the browser's DOM, which this package does not load, hence
 * the casts) and returns the article's root element itself: no serialising and re-parsing.
 */
export function extractContent(document: DomDocument): ExtractedContent | undefined {
  // The casts are needed wherever lib.dom is loaded (a downstream app), unnecessary here.
  /* eslint-disable @typescript-eslint/no-unnecessary-type-assertion */
  const result = new Readability<DomElement>(document as never, {
    serializer: (node) => node as unknown as DomElement,
    // Class names tell the cleaning step which leftovers are captions, share bars and the like.
    keepClasses: true,
  }).parse()
  /* eslint-enable @typescript-eslint/no-unnecessary-type-assertion */
  if (!result?.content) return undefined
  return {
    root: result.content,
    title: result.title ?? undefined,
    byline: result.byline ?? undefined,
  }
}
