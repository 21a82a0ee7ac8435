const SEPARATOR = /\s+[|–—·•-]\s+|:\s+/

/**
 * "South Dakota doubles down — NJ.com" → "South Dakota doubles down": pages append (or prepend)
 * the site's name to their titles; the part naming the outlet goes.
 */
export function stripSiteName(title: string, outlet: string | undefined): string {
  if (!outlet) return title
  const site = normalize(outlet)
  const parts = title.split(SEPARATOR)
  if (parts.length < 2 || site === '') return title
  const matches = (part: string | undefined) => {
    const text = normalize(part ?? '')
    return text !== '' && (text === site || text.replace(/ /g, '') === site.replace(/ /g, ''))
  }
  if (matches(parts[parts.length - 1])) return title.slice(0, lastSeparatorIndex(title)).trim()
  if (matches(parts[0])) return title.slice(title.search(SEPARATOR)).replace(SEPARATOR, '').trim()
  return title
}

function lastSeparatorIndex(title: string): number {
  let index = -1
  for (const m of title.matchAll(new RegExp(SEPARATOR.source, 'g'))) index = m.index
  return index
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.(?:com|org|net|co\.uk|co|news)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
