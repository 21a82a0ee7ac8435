import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ArticleServer {
  port: number
  origin: string
  close(): Promise<void>
}

/** Serves pages as a news site would, on loopback, for URL ingestion tests. */
export async function startArticleServer(pages: Record<string, string>): Promise<ArticleServer> {
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    const target = /^\/redirect\?to=(.+)$/.exec(path)?.[1]
    if (target !== undefined) {
      response.writeHead(302, { location: decodeURIComponent(target) })
      response.end()
      return
    }
    const page = pages[path]
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('not found')
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(page)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A plain article page around paragraphs of text. */
export function articlePage(title: string, outlet: string, text: string): string {
  const paragraphs = text
    .split(/(?<=[.!?])\s+(?=[A-Z“"])/)
    .map((sentence) => `<p>${sentence.replace(/</g, '&lt;')}</p>`)
    .join('\n')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="${outlet}"></head>
<body><header><nav><a href="/">Home</a></nav></header>
<article><h1>${title}</h1>${paragraphs}</article><footer>© ${outlet}</footer></body></html>`
}
