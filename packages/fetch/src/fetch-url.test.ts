import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PAGE_HTML, startPageServer, type PageServer } from '../test/page-server'
import { FetchError } from './errors'
import { fetchUrl } from './fetch-url'
import type { LookupFn } from './types'

let server: PageServer
beforeAll(async () => {
  server = await startPageServer()
})
afterAll(async () => {
  await server.close()
})

/** A resolver for made-up names that all point at the test server. */
function lookupTo(address = '127.0.0.1'): LookupFn & ReturnType<typeof vi.fn> {
  return vi.fn<LookupFn>(() => Promise.resolve([{ address, family: 4 }]))
}

/** This machine's loopback address on every port: the test server's port is chosen at random. */
const allowed = { allowHosts: ['127.0.0.1:*'] }

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(FetchError)
  return error as FetchError
}

describe('fetchUrl from an allowed local server', () => {
  it('fetches a page as bytes with its type', async () => {
    const page = await fetchUrl(`${server.origin}/page`, allowed)
    expect(page.status).toBe(200)
    expect(page.contentType).toBe('text/html; charset=utf-8')
    expect(page.url).toBe(`${server.origin}/page`)
    expect(new TextDecoder().decode(page.body)).toBe(PAGE_HTML)
  })

  it('accepts plain text and decodes gzip', async () => {
    const text = await fetchUrl(`${server.origin}/text`, allowed)
    expect(new TextDecoder().decode(text.body)).toBe('Plain words.')
    const zipped = await fetchUrl(`${server.origin}/gzip`, allowed)
    expect(new TextDecoder().decode(zipped.body)).toBe(PAGE_HTML)
  })

  it('follows a chain of redirects and reports the final address', async () => {
    const page = await fetchUrl(`${server.origin}/chain?left=3`, allowed)
    expect(page.url).toBe(`${server.origin}/page`)
  })

  it('gives up after too many redirects', async () => {
    const error = await failure(fetchUrl(`${server.origin}/loop`, allowed))
    expect(error.code).toBe('TOO_MANY_REDIRECTS')
    expect(
      (await failure(fetchUrl(`${server.origin}/chain?left=2`, { ...allowed, maxRedirects: 2 })))
        .code,
    ).toBe('TOO_MANY_REDIRECTS')
  })

  it('refuses other content types', async () => {
    expect((await failure(fetchUrl(`${server.origin}/json`, allowed))).code).toBe(
      'UNSUPPORTED_TYPE',
    )
    expect((await failure(fetchUrl(`${server.origin}/none`, allowed))).code).toBe(
      'UNSUPPORTED_TYPE',
    )
  })

  it('reports an error status', async () => {
    const error = await failure(fetchUrl(`${server.origin}/missing`, allowed))
    expect(error.code).toBe('HTTP_STATUS')
    expect(error.toJSON()).toMatchObject({ code: 'HTTP_STATUS', status: 404 })
  })

  it('stops a gzip or brotli bomb at the decoded byte cap', async () => {
    for (const path of ['/gzip-bomb', '/br-bomb']) {
      const error = await failure(
        fetchUrl(`${server.origin}${path}`, { ...allowed, maxBytes: 1e6 }),
      )
      expect(error.code).toBe('TOO_LARGE')
    }
    const plain = await failure(
      fetchUrl(`${server.origin}/plain-large`, { ...allowed, maxBytes: 1e6 }),
    )
    expect(plain.code).toBe('TOO_LARGE')
  })

  it('stops a trickling or silent server at the deadline', async () => {
    for (const path of ['/trickle', '/silent']) {
      const started = performance.now()
      const error = await failure(
        fetchUrl(`${server.origin}${path}`, { ...allowed, timeoutMs: 400 }),
      )
      expect(error.code).toBe('TIMEOUT')
      expect(performance.now() - started).toBeLessThan(2000)
    }
  })

  it('allows a private host by name and range, on the listed port only', async () => {
    const lookup = lookupTo()
    const intranet = `http://intranet.test:${server.port}/page`
    const allowHosts = [`intranet.test:${server.port}`, `127.0.0.0/8:${server.port}`]
    expect((await fetchUrl(intranet, { allowHosts, lookup })).status).toBe(200)
    expect((await fetchUrl(`${server.origin}/page`, { allowHosts })).status).toBe(200)

    // Without a port an entry means 80 and 443 only, so the same server is refused on its own port.
    for (const entries of [
      ['intranet.test', '127.0.0.0/8'],
      ['intranet.test:80', '127.0.0.1'],
    ]) {
      const before = server.connections()
      const error = await failure(fetchUrl(intranet, { allowHosts: entries, lookup }))
      expect(error.code).toBe('BLOCKED_ADDRESS')
      expect(server.connections()).toBe(before)
    }
  })

  it('refuses an allowed name that resolves to a private address the operator did not allow', async () => {
    const lookup = lookupTo()
    const before = server.connections()
    const error = await failure(
      fetchUrl(`http://intranet.test:${server.port}/page`, {
        allowHosts: [`intranet.test:${server.port}`],
        lookup,
      }),
    )
    expect(error.code).toBe('BLOCKED_ADDRESS')
    expect(error.message).toContain('intranet.test is allowed, but resolves to')
    expect(error.message).toContain('127.0.0.1 is a loopback address')
    expect(server.connections()).toBe(before)
  })

  it('refuses a name the operator did not list, even when it resolves into an allowed range', async () => {
    const error = await failure(
      fetchUrl(`http://attacker.test:${server.port}/page`, { ...allowed, lookup: lookupTo() }),
    )
    expect(error.code).toBe('BLOCKED_ADDRESS')
  })

  it('refuses an allow-list entry it cannot read, naming it', async () => {
    for (const entry of ['intranet.test:0', 'intranet.test:http', '10.0.0.1:70000', ':80']) {
      const error = await failure(fetchUrl('http://example.com/', { allowHosts: [entry] }))
      expect(error.code).toBe('INVALID_OPTIONS')
      expect(error.message).toContain(entry)
    }
  })

  it('refuses the same server without the allowance, before connecting', async () => {
    const before = server.connections()
    const error = await failure(fetchUrl(`${server.origin}/page`))
    expect(error.code).toBe('BLOCKED_ADDRESS')
    expect(server.connections()).toBe(before)
  })

  it('refuses a redirect from an allowed host to loopback, localhost, metadata or file', async () => {
    const options = {
      allowHosts: [`news.test:${server.port}`, `127.0.0.1:${server.port}`],
      lookup: lookupTo(),
    }
    for (const path of ['/to-loopback', '/to-localhost', '/to-metadata', '/to-other-port']) {
      const error = await failure(fetchUrl(`http://news.test:${server.port}${path}`, options))
      expect(error.code).toBe('BLOCKED_ADDRESS')
    }
    // Every hop is checked again, not only the first and the last.
    const chained = await failure(
      fetchUrl(`http://news.test:${server.port}/chain-to-loopback?left=3`, options),
    )
    expect(chained.code).toBe('BLOCKED_ADDRESS')
    expect(chained.message).toContain('::1')
    const file = await failure(fetchUrl(`http://news.test:${server.port}/to-file`, options))
    expect(file.code).toBe('INVALID_URL')
    // Sanity check: the same allowed host does serve pages, so the refusals above are the redirects'.
    expect((await fetchUrl(`http://news.test:${server.port}/to-page`, options)).status).toBe(200)
  })
})

describe('fetchUrl against DNS rebinding', () => {
  it('refuses an answer that mixes a public address with loopback', async () => {
    const lookup = vi.fn<LookupFn>(() =>
      Promise.resolve([
        { address: '93.184.216.34', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ]),
    )
    const before = server.connections()
    const error = await failure(fetchUrl(`http://mixed.test:${server.port}/page`, { lookup }))
    expect(error.code).toBe('BLOCKED_ADDRESS')
    expect(server.connections()).toBe(before)
  })

  it('connects to the address it checked, not to what the name resolves to later', async () => {
    let calls = 0
    const lookup = vi.fn<LookupFn>(() =>
      Promise.resolve(
        calls++ === 0
          ? [{ address: '192.0.2.1', family: 4 }]
          : [{ address: '127.0.0.1', family: 4 }],
      ),
    )
    // 192.0.2.1 is a documentation address: allowed here only so the first answer passes the check.
    const before = server.connections()
    const error = await failure(
      fetchUrl(`http://rebind.test:${server.port}/page`, {
        lookup,
        allowHosts: ['rebind.test:*', '192.0.2.1:*'],
        timeoutMs: 800,
      }),
    )
    expect(['NETWORK', 'TIMEOUT']).toContain(error.code)
    expect(lookup).toHaveBeenCalledTimes(1)
    expect(server.connections()).toBe(before)
  })

  it('reaches the checked address when it is the right one', async () => {
    const lookup = lookupTo()
    const page = await fetchUrl(`http://pinned.test:${server.port}/page`, {
      lookup,
      allowHosts: ['pinned.test:*', '127.0.0.1:*'],
    })
    expect(page.status).toBe(200)
    expect(lookup).toHaveBeenCalledTimes(1)
  })
})
