import ipaddr from 'ipaddr.js'

type Address = ipaddr.IPv4 | ipaddr.IPv6

/** What an operator allowed beyond the public internet: exact host names and address ranges. */
export interface AllowList {
  hostnames: ReadonlySet<string>
  ranges: readonly (readonly [Address, number])[]
}

/** Host names that always mean this machine, whatever DNS says. */
const LOCAL_NAMES = new Set(['localhost', 'localhost.localdomain'])

/** Lower-cased, without the trailing dot that makes a name fully qualified (`localhost.`). */
export function normalizeHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '')
}

/** Reads `allowHosts` entries: `intranet.example`, `10.0.0.7`, `10.0.0.0/8`, `fd00::/8`. */
export function parseAllowList(entries: readonly string[] = []): AllowList {
  const hostnames = new Set<string>()
  const ranges: (readonly [Address, number])[] = []
  for (const raw of entries) {
    const entry = raw.trim().replace(/^\[(.*)\]$/, '$1')
    if (entry === '') continue
    if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry))
    else if (ipaddr.isValid(entry)) {
      const address = ipaddr.parse(entry)
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128])
    } else hostnames.add(normalizeHostname(entry))
  }
  return { hostnames, ranges }
}

export function isHostnameAllowed(hostname: string, allow: AllowList): boolean {
  return allow.hostnames.has(normalizeHostname(hostname))
}

export function isLocalName(hostname: string): boolean {
  const name = normalizeHostname(hostname)
  return LOCAL_NAMES.has(name) || name.endsWith('.localhost')
}

function inAllowedRange(address: Address, allow: AllowList): boolean {
  return allow.ranges.some(
    ([base, bits]) => base.kind() === address.kind() && address.match(base, bits),
  )
}

/**
 * Why an address may not be fetched, or undefined when it may. Only public unicast passes:
 * IPv4-mapped forms are unwrapped first, and every IPv6 range that tunnels or translates to IPv4
 * (6to4, NAT64, Teredo, IPv4-compatible) is refused, since the IPv4 inside could be anything.
 */
export function addressRefusal(text: string, allow: AllowList): string | undefined {
  const bare = text.replace(/^\[(.*)\]$/, '$1')
  if (!ipaddr.isValid(bare)) return `"${text}" is not an IP address`
  const address = ipaddr.process(bare)
  if (inAllowedRange(address, allow)) return undefined
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
