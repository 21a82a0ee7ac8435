import ipaddr from 'ipaddr.js'
import { parseAllowEntry, portAllowed, type Ports } from './allow-entry'

type Address = ipaddr.IPv4 | ipaddr.IPv6

/**
 * What an operator allowed beyond the public internet: address ranges that may be connected to,
 * and host names that may resolve into those ranges, each on its own ports.
 */
export interface AllowList {
  hostnames: ReadonlyMap<string, Ports>
  ranges: readonly { range: readonly [Address, number]; ports: Ports }[]
}

/** Host names that always mean this machine, whatever DNS says. */
const LOCAL_NAMES = new Set(['localhost', 'localhost.localdomain'])

/** Lower-cased, without the trailing dot that makes a name fully qualified (`localhost.`). */
export function normalizeHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '')
}

/**
 * Reads `allowHosts` entries `HOST[:PORT]`: `intranet.example:8080`, `10.0.0.7`, `10.0.0.0/8:*`,
 * `[fd00::1]:8443`, `fd00::/8`. No port means the default ports 80 and 443; `*` means every port.
 */
export function parseAllowList(entries: readonly string[] = []): AllowList {
  const hostnames = new Map<string, Ports>()
  const ranges: AllowList['ranges'][number][] = []
  for (const raw of entries) {
    const entry = parseAllowEntry(raw)
    if (entry === undefined) continue
    const { host, ports } = entry
    if (ipaddr.isValidCIDR(host)) ranges.push({ range: ipaddr.parseCIDR(host), ports })
    else if (ipaddr.isValid(host)) {
      const address = ipaddr.parse(host)
      ranges.push({ range: [address, address.kind() === 'ipv4' ? 32 : 128], ports })
    } else {
      const name = normalizeHostname(host)
      hostnames.set(name, mergePorts(hostnames.get(name), ports))
    }
  }
  return { hostnames, ranges }
}

function mergePorts(known: Ports | undefined, more: Ports): Ports {
  if (known === undefined) return more
  if (known === '*' || more === '*') return '*'
  return new Set([...known, ...more])
}

/** Whether the operator listed this name for this port. */
export function isHostnameAllowed(hostname: string, port: number, allow: AllowList): boolean {
  const ports = allow.hostnames.get(normalizeHostname(hostname))
  return ports !== undefined && portAllowed(ports, port)
}

export function isLocalName(hostname: string): boolean {
  const name = normalizeHostname(hostname)
  return LOCAL_NAMES.has(name) || name.endsWith('.localhost')
}

function inAllowedRange(address: Address, port: number, allow: AllowList): boolean {
  return allow.ranges.some(
    ({ range: [base, bits], ports }) =>
      base.kind() === address.kind() && address.match(base, bits) && portAllowed(ports, port),
  )
}

/**
 * Why an address may not be fetched on `port`, or undefined when it may. Public unicast passes on
 * any port; anything else only inside a range the operator allowed for that port. IPv4-mapped
 * forms are unwrapped first, and every IPv6 range that tunnels or translates to IPv4 (6to4,
 * NAT64, Teredo, IPv4-compatible) counts as non-public, since the IPv4 inside could be anything.
 */
export function addressRefusal(text: string, allow: AllowList, port = 80): string | undefined {
  const bare = text.replace(/^\[(.*)\]$/, '$1')
  if (!ipaddr.isValid(bare)) return `"${text}" is not an IP address`
  const address = ipaddr.process(bare)
  const why = nonPublic(address)
  if (why === undefined || inAllowedRange(address, port, allow)) return undefined
  return why
}

function nonPublic(address: Address): string | undefined {
  const range = address.range()
  if (range !== 'unicast') return `${address.toString()} is a ${range} address`
  if (address.kind() === 'ipv6' && isIpv4Compatible(address as ipaddr.IPv6)) {
    return `${address.toString()} embeds an IPv4 address`
  }
  return undefined
}

/** `::a.b.c.d`, deprecated but still routed by some stacks; ipaddr.js files it under unicast. */
function isIpv4Compatible(address: ipaddr.IPv6): boolean {
  return address.parts.slice(0, 6).every((part) => part === 0)
}
