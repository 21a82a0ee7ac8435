import { collectJsonLd, type JsonLdArticle } from './json-ld'
import type { DomDocument } from './dom'
import { normalizePublished } from './published'

export interface PageMetadata {
  title?: string
  outlet?: string
  byline?: string
  published?: string
  url?: string
  lang?: string
}

/**
 * Reads what a page says about itself, preferring structured data (JSON-LD) over OpenGraph and
 * article meta tags, and those over plain HTML (`<time>`, `<title>`).
 */
export function readMetadata(document: DomDocument): PageMetadata {
  const ld: JsonLdArticle = collectJsonLd(document)
  const tags = metaTags(document)
  const meta = (...keys: string[]) => firstText(...keys.map((key) => tags.get(key)))
  const timeElement =
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined
  const dateElement = document.querySelector('[itemprop~="datePublished"]')
  const itemDate = dateElement?.getAttribute('content') ?? dateElement?.textContent ?? undefined
  const canonical =
    document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined
  const outlet = siteName(firstText(meta('og:site_name', 'application-name'), ld.publisher))
  return {
    title: firstText(
      ld.headline,
      meta('og:title', 'twitter:title'),
      document.querySelector('title')?.textContent,
    ),
    outlet,
    byline: firstText(
      ...[ld.author, ...BYLINE_KEYS.map((key) => tags.get(key))].map((name) =>
        personName(name, outlet),
      ),
    ),
    // The first date that parses: templates leave placeholders ("0001-01-01") in some fields.
    published: [
      ld.datePublished,
      ...PUBLISHED_KEYS.map((key) => tags.get(key)),
      timeElement,
      itemDate,
    ]
      .map(normalizePublished)
      .find((value) => value !== undefined),
    url: firstText(canonical, meta('og:url'), ld.url),
    lang: firstText(
      document.documentElement?.getAttribute('lang'),
      meta('og:locale', 'language'),
    )?.replace(/_/g, '-'),
  }
}

/** Every `<meta>` with content, keyed by its lower-cased property, name or itemprop; first wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>()
  for (const element of document.querySelectorAll('meta')) {
    const content = element.getAttribute('content')?.trim()
    if (!content) continue
    for (const attr of ['property', 'name', 'itemprop']) {
      // itemprop may list several properties: "datePublished dateCreated".
      for (const key of element.getAttribute(attr)?.toLowerCase().split(/\s+/) ?? []) {
        if (key && !tags.has(key)) tags.set(key, content)
      }
    }
  }
  return tags
}

// prettier-ignore
const PUBLISHED_KEYS = [
  'article:published_time', 'article:published', 'og:published_time', 'datepublished', 'pubdate',
  'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date',
]
const BYLINE_KEYS = ['author', 'article:author', 'parsely-author', 'byl', 'sailthru.author']

/**
 * A byline that names people: not a profile URL (`article:author` often holds one), not the
 * outlet itself (live blogs credit the organisation), and without a leading "By".
 */
export function personName(
  value: string | undefined,
  outlet: string | undefined,
): string | undefined {
  const name = value?.replace(/^by\s+/i, '').trim()
  if (!name || /^(?:https?:)?\/\/|^www\./i.test(name)) return undefined
  if (outlet && name.toLowerCase() === outlet.toLowerCase()) return undefined
  return name
}

/** "Autoracing | F1 | Indy | MotoGP": sites pad their name with sections; the first part is the name. */
function siteName(value: string | undefined): string | undefined {
  return value?.split(/\s+[|•·]\s+/)[0]?.trim() || undefined
}

function firstText(...values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const text = value?.replace(/\s+/g, ' ').trim()
    if (text) return text
  }
  return undefined
}
