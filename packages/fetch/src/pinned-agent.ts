import { Agent, buildConnector } from 'undici'
import type { ResolvedAddress } from './types'

/**
 * An undici Agent whose every socket goes to `address`, the one that was checked, whatever the
 * URL's host name resolves to by then. TLS still names the host (SNI and certificate checks use the
 * `host` undici passes through), so HTTPS works as usual.
 */
export function createPinnedAgent(address: ResolvedAddress, timeoutMs: number): Agent {
  const connectDirect = buildConnector({ timeout: timeoutMs })
  return new Agent({
    connections: 1,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: (options, callback) => {
      connectDirect({ ...options, hostname: address.address }, callback)
    },
  })
}
