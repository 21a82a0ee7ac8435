/**
 * The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing past U+10FFFF), or -1 when there is none. Only called to word an error, after a fatal
 * TextDecoder has already said the bytes are invalid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const rule = leadRule(bytes[i]!)
    if (rule === undefined) return i
    const [length, low, high] = rule
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k]
      // The second byte's range depends on the lead; the rest are plain continuation bytes.
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf]
      if (byte === undefined || byte < min || byte > max) return i
    }
    i += length
  }
  return -1
}

/** For a lead byte: the sequence's length and the range its second byte must fall in. */
function leadRule(lead: number): readonly [number, number, number] | undefined {
  if (lead < 0x80) return [1, 0, 0]
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf]
  if (lead === 0xe0) return [3, 0xa0, 0xbf]
  if (lead === 0xed) return [3, 0x80, 0x9f]
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf]
  if (lead === 0xf0) return [4, 0x90, 0xbf]
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf]
  if (lead === 0xf4) return [4, 0x80, 0x8f]
  return undefined
}
