// Requests through node:http, one connection each, rather than fetch: a server may answer 413
// and close while a large body is still being written (fetch then reports the broken pipe, not
// the answer), and a pooled keep-alive connection the server just closed would fail a health
// check for a reason that has nothing to do with the server's health.
import { request } from 'node:http'

const CHUNK_BYTES = 1024 * 1024

export interface Answer {
  status: number
  body: string
}

export interface SendOptions {
  method?: string
  body?: Uint8Array | string
  headers?: Record<string, string>
  /** Send the body in pieces without Content-Length, so the server must count what arrives. */
  chunked?: boolean
}

export function send(url: string, options: SendOptions = {}): Promise<Answer> {
  const { method = 'GET', body, headers = {}, chunked = false } = options
  return new Promise((resolve, reject) => {
    let answered = false
    const req = request(url, { method, headers, agent: false }, (response) => {
      answered = true
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      )
      response.on('error', reject)
    })
    // Once the answer has come, a write cut short by the server closing is expected; the socket
    // reports it too, after the request has let go of it.
    req.on('error', (error) => {
      if (!answered) reject(error)
    })
    req.on('socket', (socket) => socket.on('error', () => undefined))
    if (body === undefined || !chunked) {
      req.end(body)
      return
    }
    req.setHeader('transfer-encoding', 'chunked')
    const bytes = typeof body === 'string' ? Buffer.from(body) : body
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
      req.write(bytes.subarray(at, at + CHUNK_BYTES))
    }
    req.end()
  })
}

/** A multipart body as a browser would send it, with its boundary in the content type. */
export async function multipart(form: FormData): Promise<{ body: Uint8Array; type: string }> {
  const encoded = new Response(form)
  return {
    body: new Uint8Array(await encoded.arrayBuffer()),
    type: encoded.headers.get('content-type') ?? 'multipart/form-data',
  }
}
