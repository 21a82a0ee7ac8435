import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

describe('HTTPS through the pinned connector', () => {
  it('verifies the certificate against the host name, not the address it connects to', async () => {
    const probe = new URL('../test/tls-probe.ts', import.meta.url).pathname
    const { stdout } = await run(process.execPath, ['--import', 'tsx', probe], {
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: new URL('../test/tls/cert.pem', import.meta.url).pathname,
      },
      timeout: 30_000,
    })
    const results = JSON.parse(stdout) as Record<string, string>
    expect(results['news.test']).toMatch(/^served news\.test:\d+$/)
    expect(results['impostor.test']).toMatch(/^NETWORK: .*ERR_TLS_CERT_ALTNAME_INVALID/)
  })
})
