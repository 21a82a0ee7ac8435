import { ArticleError } from './errors'
import { decodeWindows1252 } from './windows-1252'

/** How far into the bytes to look for a `<meta charset>`; the HTML standard says 1024. */
const META_PRESCAN_BYTES = 4096
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i

/**
 * Decodes an HTML page's bytes the way browsers do, in order: a byte-order mark, the HTTP
 * `Content-Type` charset, a `<meta charset>` (or `http-equiv`) near the top, else UTF-8. Labels
 * that no decoder knows (`x-evil`, `utf-7`) are skipped. Undeclared bytes that are not valid
 * UTF-8 are read as windows-1252, the web's legacy default.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  if (bytes.includes(0) && !hasUtf16Bom(bytes)) {
    throw new ArticleError(
      'BINARY_INPUT',
      'article: the input contains NUL bytes: binary data, not HTML',
    )
  }
  const bom = bomEncoding(bytes)
  if (bom) return new TextDecoder(bom).decode(bytes)

  const declared = [charsetOf(contentType), metaCharset(bytes)]
  for (const label of declared) {
    const decoder = decoderFor(label)
    if (decoder?.encoding === 'windows-1252') return decodeWindows1252(bytes)
    if (decoder) return decoder.decode(bytes)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return decodeWindows1252(bytes)
  }
}

function decoderFor(label: string | undefined): InstanceType<typeof TextDecoder> | undefined {
  if (!label) return undefined
  try {
    const decoder = new TextDecoder(label)
    // A page cannot really be UTF-16 if its declaration was readable as ASCII: the standard says
    // to read it as UTF-8.
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder
  } catch {
    return undefined
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return undefined
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bomEncoding(bytes)?.startsWith('utf-16') ?? false
}

export function charsetOf(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(contentType ?? '')?.[1]
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_PRESCAN_BYTES))
  return META_CHARSET.exec(head)?.[1]
}
