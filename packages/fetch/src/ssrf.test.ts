import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startPageServer, type PageServer } from '../test/page-server'
import { FetchError } from './errors'
import { fetchUrl } from './fetch-url'
import type { LookupFn } from './types'

// Every address an attacker might hand over to reach the server's own network. Each must be refused
// before any socket opens: the injected resolver must not even be asked for a literal address.
const REFUSED: [url: string, code: string][] = [
  ['http://2130706433/', 'BLOCKED_ADDRESS'],
  ['http://0177.0.0.1/', 'BLOCKED_ADDRESS'],
  ['http://0x7f.1/', 'BLOCKED_ADDRESS'],
  ['http://127.1/', 'BLOCKED_ADDRESS'],
  ['http://0/', 'BLOCKED_ADDRESS'],
  ['http://[::]/', 'BLOCKED_ADDRESS'],
  ['http://[::1]/', 'BLOCKED_ADDRESS'],
  ['http://localhost/', 'BLOCKED_ADDRESS'],
  ['http://localhost./', 'BLOCKED_ADDRESS'],
  ['http://LOCALHOST/', 'BLOCKED_ADDRESS'],
  ['http://app.localhost/', 'BLOCKED_ADDRESS'],
  ['http://[::ffff:127.0.0.1]/', 'BLOCKED_ADDRESS'],
  ['http://[::ffff:169.254.169.254]/', 'BLOCKED_ADDRESS'],
  ['http://169.254.169.254/latest/meta-data/', 'BLOCKED_ADDRESS'],
  ['http://[fd00:ec2::254]/', 'BLOCKED_ADDRESS'],
  ['http://100.100.100.200/', 'BLOCKED_ADDRESS'],
  ['http://[2002:7f00:1::1]/', 'BLOCKED_ADDRESS'],
  ['http://[64:ff9b::7f00:1]/', 'BLOCKED_ADDRESS'],
  ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'BLOCKED_ADDRESS'],
  ['http://[::127.0.0.1]/', 'BLOCKED_ADDRESS'],
  ['http://10.0.0.1/', 'BLOCKED_ADDRESS'],
  ['http://192.168.0.1/', 'BLOCKED_ADDRESS'],
  ['http://224.0.0.1/', 'BLOCKED_ADDRESS'],
  ['http://user@evil@127.0.0.1/', 'INVALID_URL'],
  ['http://user:pass@example.com/', 'INVALID_URL'],
  ['file:///etc/passwd', 'INVALID_URL'],
  ['gopher://127.0.0.1:70/_GET', 'INVALID_URL'],
  ['ftp://example.com/', 'INVALID_URL'],
  ['javascript:alert(1)', 'INVALID_URL'],
  ['not a url', 'INVALID_URL'],
  ['http://', 'INVALID_URL'],
]

describe('fetchUrl refuses addresses that reach inward', () => {
  it.each(REFUSED)('%s → %s without resolving', async (url, code) => {
    const lookup = vi.fn<LookupFn>(() => Promise.resolve([{ address: '93.184.216.34', family: 4 }]))
    const error = await fetchUrl(url, { lookup }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(FetchError)
    expect((error as FetchError).code).toBe(code)
    expect(lookup).not.toHaveBeenCalled()
  })

  it('refuses a host name that resolves inward', async () => {
    for (const address of ['127.0.0.1', '10.0.0.5', '169.254.169.254', '::1', '::ffff:10.0.0.1']) {
      const lookup = vi.fn<LookupFn>(() =>
        Promise.resolve([{ address, family: address.includes(':') ? 6 : 4 }]),
      )
      const error = await fetchUrl('http://news.example/', { lookup }).catch((e: unknown) => e)
      expect((error as FetchError).code).toBe('BLOCKED_ADDRESS')
      expect(lookup).toHaveBeenCalledOnce()
    }
  })
})

describe('fetchUrl opens no socket for a refused loopback spelling', () => {
  let server: PageServer
  beforeAll(async () => {
    server = await startPageServer()
  })
  afterAll(async () => {
    await server.close()
  })

  // The same spellings aimed at a live server's port: had any been let through, it would connect.
  it.each([
    '2130706433',
    '0177.0.0.1',
    '0x7f.1',
    '127.1',
    '0',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    'localhost',
    'localhost.',
  ])('http://%s:<port>/page', async (host) => {
    const before = server.connections()
    const error = await fetchUrl(`http://${host}:${server.port}/page`).catch((e: unknown) => e)
    expect((error as FetchError).code).toBe('BLOCKED_ADDRESS')
    expect(server.connections()).toBe(before)
  })
})
