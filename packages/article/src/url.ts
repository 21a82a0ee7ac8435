/** An absolute http(s) URL, resolving `value` against `base`; anything else is dropped. */
export function resolveUrl(
  value: string | undefined,
  base: string | undefined,
): string | undefined {
  if (!value) return undefined
  try {
    const url = base ? new URL(value, base) : new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** "www.haaretz.com" → "haaretz.com": the outlet's name when nothing better is known. */
export function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || undefined
  } catch {
    return undefined
  }
}
