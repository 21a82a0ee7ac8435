import { addAbortSignal, pipeline, type Readable, type Transform } from 'node:stream'
import zlib from 'node:zlib'
import { FetchError } from './errors'

/**
 * Reads a response body, undoing its `Content-Encoding`, and stops as soon as the decoded bytes pass
 * `maxBytes`: a small gzip bomb expands a thousandfold, so the cap must count what comes out of the
 * decoder, not what comes off the wire.
 */
export async function readBody(
  body: Readable,
  options: { contentEncoding: string | undefined; maxBytes: number; signal: AbortSignal },
): Promise<Uint8Array> {
  const decoders = decodersFor(options.contentEncoding)
  const chunks: Buffer[] = []
  let total = 0
  // The pipeline destroys every stage when the last one ends early, and reports errors through it.
  const decoded: Readable =
    decoders.length === 0 ? body : (pipeline([body, ...decoders], () => {}) as Transform)
  addAbortSignal(options.signal, decoded)
  for await (const chunk of decoded as AsyncIterable<Buffer>) {
    total += chunk.length
    if (total > options.maxBytes) {
      throw new FetchError('TOO_LARGE', `The page is larger than ${options.maxBytes} bytes`)
    }
    chunks.push(chunk)
  }
  return new Uint8Array(Buffer.concat(chunks, total))
}

/** Decoders in the order to apply them: the header lists encodings in the order they were applied. */
function decodersFor(contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity')
  if (codings.length > 2) {
    throw new FetchError('UNSUPPORTED_TYPE', `Too many content encodings: ${contentEncoding}`)
  }
  return codings.reverse().map(decoderFor)
}

function decoderFor(coding: string): Transform {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip()
    case 'deflate':
      return zlib.createInflate()
    case 'br':
      return zlib.createBrotliDecompress()
    default:
      throw new FetchError('UNSUPPORTED_TYPE', `Unsupported content encoding: ${coding}`)
  }
}
