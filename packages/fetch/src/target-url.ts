import { FetchError } from './errors'

const PROTOCOLS = new Set(['http:', 'https:'])

/**
 * Parses and vets an address before anything touches the network. WHATWG URL parsing normalises
 * every literal IPv4 spelling (`2130706433`, `0177.0.0.1`, `0x7f.1`, `127.1`, `0`) to dotted
 * decimal, so the address checks that follow see what the socket would see.
 */
export function parseTargetUrl(input: string | URL, base?: URL): URL {
  let url: URL
  try {
    url = new URL(input, base)
  } catch (cause) {
    throw new FetchError('INVALID_URL', `Not a valid URL: ${truncate(String(input))}`, { cause })
  }
  if (!PROTOCOLS.has(url.protocol)) {
    throw new FetchError(
      'INVALID_URL',
      `Only http and https URLs can be fetched, not ${url.protocol}`,
    )
  }
  if (url.username !== '' || url.password !== '') {
    throw new FetchError('INVALID_URL', 'URLs with a user name or password are not fetched')
  }
  if (url.hostname === '') throw new FetchError('INVALID_URL', 'The URL has no host')
  url.hash = ''
  return url
}

function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}
