import { describe, expect, it } from 'vitest'
import { addressRefusal, parseAllowList } from './address-policy'

const none = parseAllowList([])

describe('addressRefusal', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.100.100.200', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::ffff:7f00:1', 'loopback'],
    ['2002:7f00:1::1', '6to4'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['64:ff9b:1::a00:1', 'rfc6052'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
    ['::127.0.0.1', 'loopback'],
    ['::7f00:1', 'embeds an IPv4'],
    ['::808:808', 'embeds an IPv4'],
    ['[::1]', 'loopback'],
  ])('refuses %s (%s)', (address, why) => {
    expect(addressRefusal(address, none)).toContain(why)
  })

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::6810:84e5', '::ffff:8.8.8.8'])(
    'lets the public address %s through',
    (address) => {
      expect(addressRefusal(address, none)).toBeUndefined()
    },
  )

  it('refuses text that is not an address', () => {
    expect(addressRefusal('example.com', none)).toContain('not an IP address')
  })

  it('lets allowed ranges and single addresses through, and nothing beside them', () => {
    const allow = parseAllowList(['10.0.0.0/8', ' 127.0.0.1 ', '[fd00::1]', 'intranet.example', ''])
    expect(addressRefusal('10.200.0.1', allow)).toBeUndefined()
    expect(addressRefusal('127.0.0.1', allow)).toBeUndefined()
    expect(addressRefusal('::ffff:127.0.0.1', allow)).toBeUndefined()
    expect(addressRefusal('fd00::1', allow)).toBeUndefined()
    expect(addressRefusal('127.0.0.2', allow)).toContain('loopback')
    expect(addressRefusal('fd00::2', allow)).toContain('uniqueLocal')
    expect(addressRefusal('192.168.0.1', allow)).toContain('private')
    expect([...allow.hostnames.keys()]).toEqual(['intranet.example'])
  })

  it('admits an allowed range on its listed ports, or on 80 and 443 when none is listed', () => {
    const allow = parseAllowList(['10.0.0.0/8:8080', '127.0.0.1', '[fd00::1]:*', 'fd00::/120'])
    expect(addressRefusal('10.0.0.5', allow, 8080)).toBeUndefined()
    expect(addressRefusal('10.0.0.5', allow, 80)).toContain('private')
    expect(addressRefusal('127.0.0.1', allow, 80)).toBeUndefined()
    expect(addressRefusal('127.0.0.1', allow, 443)).toBeUndefined()
    expect(addressRefusal('127.0.0.1', allow, 8080)).toContain('loopback')
    expect(addressRefusal('fd00::1', allow, 6379)).toBeUndefined()
    // A bare IPv6 address takes no port: the last group is part of the address.
    expect(addressRefusal('fd00::80', allow, 443)).toBeUndefined()
    expect(addressRefusal('fd00::80', allow, 8443)).toContain('uniqueLocal')
    // Public addresses pass on any port, listed or not.
    expect(addressRefusal('8.8.8.8', allow, 8080)).toBeUndefined()
  })

  it('merges the ports of a name listed twice', () => {
    const allow = parseAllowList(['wiki.corp:8080', 'WIKI.corp.:8443', 'other.corp:*'])
    expect(allow.hostnames.get('wiki.corp')).toEqual(new Set([8080, 8443]))
    expect(allow.hostnames.get('other.corp')).toBe('*')
  })
})
