/** Query parameters that track a click and say nothing about which page it is. */
const TRACKING_PARAMETER =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|at_\w+)$/i

/** An absolute http(s) URL, resolving `value` against `base`; anything else is dropped. */
export function resolveUrl(
  value: string | undefined,
  base: string | undefined,
): string | undefined {
  if (!value) return undefined
  try {
    const url = base ? new URL(value, base) : new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    for (const key of [...url.searchParams.keys()]) {
      if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key)
    }
    url.hash = ''
    return url.href
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
