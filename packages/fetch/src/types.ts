/** One address a host name resolved to. */
export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

/** Resolves a host name to its addresses; injectable so tests and operators control DNS. */
export type LookupFn = (hostname: string) => Promise<ResolvedAddress[]>

export interface FetchOptions {
  /**
   * Host names, IP addresses or CIDR ranges that may be fetched even though they are not public
   * (an intranet, or a test's own server). Everything else must resolve to public unicast addresses.
   */
  allowHosts?: readonly string[]
  /** Deadline for the whole fetch, redirects and body included. Default 10 s. */
  timeoutMs?: number
  /** Largest body accepted, counted after decompression. Default 5 MB. */
  maxBytes?: number
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number
  /** DNS resolution; defaults to the system resolver. */
  lookup?: LookupFn
  userAgent?: string
}

/** A fetched page, as raw bytes: decoding by charset is the article parser's job. */
export interface FetchedPage {
  /** The final address, after redirects. */
  url: string
  status: number
  /** The `Content-Type` header as sent, charset included. */
  contentType: string
  body: Uint8Array
}
