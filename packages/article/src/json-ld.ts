import type { DomDocument } from './dom'

/** The fields Parallax reads from a page's JSON-LD article object, flattened to text. */
export interface JsonLdArticle {
  headline?: string
  datePublished?: string
  author?: string
  publisher?: string
  url?: string
}

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Report|LiveBlogPosting|NewsArticle)$/
type JsonObject = Record<string, unknown>

/**
 * Finds the article described in the page's `application/ld+json` scripts, looking through arrays
 * and `@graph` lists. Broken JSON, which real pages have, is skipped.
 */
export function collectJsonLd(document: DomDocument): JsonLdArticle {
  const objects: JsonObject[] = []
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      flatten(JSON.parse(script.textContent ?? ''), objects, 0)
    } catch {
      continue
    }
  }
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)))
  const site = objects.find((o) =>
    types(o).some((t) => t === 'WebSite' || t === 'NewsMediaOrganization'),
  )
  if (!article) return { publisher: nameOf(site?.publisher) ?? nameOf(site) }
  return {
    headline: textOf(article.headline) ?? textOf(article.name),
    datePublished: textOf(article.datePublished) ?? textOf(article.dateCreated),
    author: namesOf(article.author),
    publisher: nameOf(article.publisher) ?? nameOf(site),
    url: textOf(article.url) ?? idOf(article.mainEntityOfPage),
  }
}

function flatten(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1)
    return
  }
  const object = value as JsonObject
  out.push(object)
  if (object['@graph'] !== undefined) flatten(object['@graph'], out, depth + 1)
}

function types(object: JsonObject): string[] {
  const type = object['@type']
  if (typeof type === 'string') return [type]
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : []
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (Array.isArray(value)) return textOf(value[0])
  return undefined
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return textOf(value)
  if (Array.isArray(value)) return nameOf(value[0])
  if (value && typeof value === 'object') return textOf((value as JsonObject).name)
  return undefined
}

function namesOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value]
  const names = list.map(nameOf).filter((n): n is string => n !== undefined)
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return textOf(value)
  if (value && typeof value === 'object') return textOf((value as JsonObject)['@id'])
  return undefined
}
