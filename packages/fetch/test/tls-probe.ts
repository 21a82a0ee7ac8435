// Run as its own process with NODE_EXTRA_CA_CERTS=test/tls/cert.pem (a self-signed certificate for
// news.test, for this test only): fetches over HTTPS through the pinned connector and prints what
// happened, for src/tls.test.ts to check.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { fetchUrl, type FetchError } from '../src/index'

const tls = new URL('./tls/', import.meta.url)
const server = createServer(
  { key: readFileSync(new URL('key.pem', tls)), cert: readFileSync(new URL('cert.pem', tls)) },
  (request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' })
    response.end(`served ${request.headers.host}`)
  },
)
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as AddressInfo
const lookup = () => Promise.resolve([{ address: '127.0.0.1', family: 4 as const }])

const results: Record<string, string> = {}
for (const host of ['news.test', 'impostor.test']) {
  try {
    const page = await fetchUrl(`https://${host}:${port}/`, {
      lookup,
      allowHosts: [`${host}:${port}`, `127.0.0.1:${port}`],
    })
    results[host] = new TextDecoder().decode(page.body)
  } catch (error) {
    results[host] = `${(error as FetchError).code}: ${(error as Error).message}`
  }
}
server.close()
process.stdout.write(JSON.stringify(results))
