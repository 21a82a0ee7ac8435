import { FetchError } from './errors'

/** The ports an allow-list entry admits: listed ones, or `*` for every port. */
export type Ports = ReadonlySet<number> | '*'

/** Without a port, an entry admits the ports web pages are served on and nothing else. */
const DEFAULT_PORTS: Ports = new Set([80, 443])

/**
 * Splits one `allowHosts` entry into its host (a name, an address or a CIDR range) and its ports.
 * IPv6 takes a port only in brackets (`[fd00::1]:8080`): `fd00::1:8080` is itself an address.
 */
export function parseAllowEntry(raw: string): { host: string; ports: Ports } | undefined {
  const entry = raw.trim()
  if (entry === '') return undefined
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(entry)
  if (bracketed) return { host: bracketed[1]!, ports: readPort(bracketed[2], entry) }
  const colons = entry.split(':').length - 1
  if (colons !== 1) return { host: entry, ports: DEFAULT_PORTS }
  const at = entry.lastIndexOf(':')
  if (at === 0) throw new FetchError('INVALID_OPTIONS', `allowHosts: "${entry}" names no host`)
  return { host: entry.slice(0, at), ports: readPort(entry.slice(at + 1), entry) }
}

function readPort(text: string | undefined, entry: string): Ports {
  if (text === undefined) return DEFAULT_PORTS
  if (text === '*') return '*'
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN
  if (!(port >= 1 && port <= 65_535)) {
    throw new FetchError(
      'INVALID_OPTIONS',
      `allowHosts: "${entry}" has no valid port; write HOST, HOST:PORT (1-65535) or HOST:*`,
    )
  }
  return new Set([port])
}

export function portAllowed(ports: Ports, port: number): boolean {
  return ports === '*' || ports.has(port)
}

/** The port a URL connects to: its own, or its scheme's default. */
export function portOf(url: URL): number {
  if (url.port !== '') return Number(url.port)
  return url.protocol === 'https:' ? 443 : 80
}
