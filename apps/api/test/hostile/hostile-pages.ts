// Pages built to hurt an HTML parser, and real articles carrying the encoding traps that sit
// beside them on the web. Everything is bytes, because that is what arrives over the wire.

const utf8 = new TextEncoder()

export const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}<title>Hostile</title></head><body>${body}</body></html>`

/** A real article's paragraphs with a title full of non-ASCII characters, in the given head. */
export function articlePage(
  text: string,
  head: string,
  title = 'Zürich court — “ruling” on €5m',
): string {
  const paragraphs = text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')
  return `<!doctype html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`
}

export const bytesOf = (html: string) => utf8.encode(html)

export const nested = (depth: number) => bytesOf(page(`${'<div>'.repeat(depth)}deep`))

export const siblings = (count: number) => bytesOf(page('<span>a</span>'.repeat(count)))

export function hugeAttribute(bytes: number): Uint8Array {
  const [before, after] = page('<p title="\0">A paragraph under a very long attribute.</p>').split(
    '\0',
  )
  return Buffer.concat([Buffer.from(before!), Buffer.alloc(bytes, 'a'), Buffer.from(after!)])
}

export const nulFilled = (bytes: number) => new Uint8Array(bytes)

/** Every multi-byte character cut after its first byte: UTF-8 that no decoder can read. */
export function truncatedEverywhere(text: string): Uint8Array {
  const out: number[] = []
  for (const char of text) {
    const encoded = utf8.encode(char)
    out.push(...(encoded.length > 1 ? encoded.subarray(0, 1) : encoded))
  }
  return Uint8Array.from(out)
}

/** The page cut inside its last multi-byte character, as a dropped connection leaves it. */
export function truncatedAtEnd(html: string): Uint8Array {
  const bytes = bytesOf(`${html}é`)
  return bytes.subarray(0, bytes.length - 1)
}

/** HTML in UTF-7, the encoding once used to slip `<script>` past filters as `+ADw-script+AD4-`. */
export const utf7Markup = (count: number) =>
  bytesOf(
    `<html><head><meta charset="utf-7"></head>+ADw-body+AD4-${'+ADw-p+AD4-Hello+ADw-/p+AD4-'.repeat(count)}`,
  )

/**
 * A JSON body `prefix + "<bytes>" + suffix` with the page's bytes written raw, as a client that
 * does not validate its UTF-8 would send them (only what JSON itself forbids is escaped).
 */
export function rawJsonBody(prefix: string, html: Uint8Array, suffix: string): Uint8Array {
  const head = Buffer.from(prefix)
  const tail = Buffer.from(suffix)
  let grown = 0
  for (const byte of html) grown += (escapeOf(byte)?.length ?? 1) - 1
  const out = Buffer.alloc(head.length + html.length + grown + tail.length)
  let at = head.copy(out, 0)
  if (grown === 0) {
    out.set(html, at)
    at += html.length
  } else {
    for (const byte of html) {
      const escape = escapeOf(byte)
      if (escape === undefined) out[at++] = byte
      else at += out.write(escape, at, 'latin1')
    }
  }
  tail.copy(out, at)
  return out
}

function escapeOf(byte: number): string | undefined {
  if (byte === 0x22 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`
  if (byte < 0x20) return `\\u${byte.toString(16).padStart(4, '0')}`
  return undefined
}
