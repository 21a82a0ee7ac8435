import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, gzipSync } from 'node:zlib'

export const PAGE_HTML =
  '<!doctype html><html><head><title>Local page</title></head><body><p>Hello.</p></body></html>'

/** Ten megabytes of zeros, a few kilobytes on the wire. */
const BOMB_BYTES = 10 * 1024 * 1024
const gzipBomb = gzipSync(Buffer.alloc(BOMB_BYTES), { level: 9 })
const brotliBomb = brotliCompressSync(Buffer.alloc(BOMB_BYTES))

export interface PageServer {
  port: number
  origin: string
  /** TCP connections accepted so far: a refused fetch must leave this unchanged. */
  connections(): number
  close(): Promise<void>
}

type Handler = (request: IncomingMessage, response: ServerResponse, server: PageServer) => void

const routes: Record<string, Handler> = {
  '/page': (_, response) => send(response, 'text/html; charset=utf-8', PAGE_HTML),
  '/text': (_, response) => send(response, 'text/plain', 'Plain words.'),
  '/json': (_, response) => send(response, 'application/json', '{}'),
  '/none': (_, response) => response.end('no type'),
  '/missing': (_, response) => {
    response.statusCode = 404
    send(response, 'text/html', 'gone')
  },
  '/gzip': (_, response) => {
    response.setHeader('content-encoding', 'gzip')
    send(response, 'text/html', gzipSync(PAGE_HTML))
  },
  '/gzip-bomb': (_, response) => {
    response.setHeader('content-encoding', 'gzip')
    send(response, 'text/html', gzipBomb)
  },
  '/br-bomb': (_, response) => {
    response.setHeader('content-encoding', 'br')
    send(response, 'text/html', brotliBomb)
  },
  '/plain-large': (_, response) => send(response, 'text/plain', Buffer.alloc(2 * 1024 * 1024, 97)),
  '/trickle': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    const timer = setInterval(() => response.write('<p>'), 50)
    response.on('close', () => clearInterval(timer))
  },
  '/silent': () => {},
  '/loop': (_, response) => redirect(response, '/loop'),
  '/to-page': (_, response) => redirect(response, '/page'),
  '/chain': (request, response) => {
    const left = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('left') ?? 0)
    redirect(response, left > 0 ? `/chain?left=${left - 1}` : '/page')
  },
  '/chain-to-loopback': (request, response) => {
    const left = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('left') ?? 0)
    redirect(response, left > 0 ? `/chain-to-loopback?left=${left - 1}` : '/to-loopback')
  },
  // IPv6 loopback, so a test may allow this server's IPv4 address and still see this refused.
  '/to-loopback': (_, response, server) => redirect(response, `http://[::1]:${server.port}/page`),
  '/to-other-port': (_, response, server) =>
    redirect(response, `http://127.0.0.1:${server.port === 1 ? 2 : 1}/page`),
  '/to-localhost': (_, response, server) =>
    redirect(response, `http://localhost:${server.port}/page`),
  '/to-metadata': (_, response) => redirect(response, 'http://169.254.169.254/latest/meta-data/'),
  '/to-file': (_, response) => redirect(response, 'file:///etc/passwd'),
}

function send(response: ServerResponse, contentType: string, body: string | Buffer): void {
  response.setHeader('content-type', contentType)
  response.end(body)
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location })
  response.end()
}

/** A small HTTP server on loopback with one route per situation the fetcher must handle. */
export async function startPageServer(): Promise<PageServer> {
  let connections = 0
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    const handler = routes[path]
    if (handler) handler(request, response, api)
    else {
      response.statusCode = 404
      response.end()
    }
  })
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const api: PageServer = {
    port,
    origin: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return api
}
