import { ArticleError } from './errors'

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/** Control characters other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g
/** Above this share of control or replacement characters the input is not readable text. */
const MAX_NOISE_RATIO = 0.01
const MIN_NOISE_COUNT = 3

export function checkByteSize(size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new ArticleError(
      'TOO_LARGE',
      `article: the input is ${size} bytes, over the limit of ${maxBytes} bytes`,
    )
  }
}

export function checkNotEmpty(text: string): void {
  if (text.trim() === '') throw new ArticleError('EMPTY_INPUT', 'article: the input is empty')
}

/** Rejects text that is really binary data, or bytes decoded with the wrong character set. */
export function checkReadable(text: string): void {
  if (text.includes('\u0000')) {
    throw new ArticleError(
      'BINARY_INPUT',
      'article: the input contains NUL bytes: binary data, not text',
    )
  }
  const control = text.match(CONTROL)?.length ?? 0
  if (isNoisy(control, text.length)) {
    throw new ArticleError(
      'BINARY_INPUT',
      'article: the input is mostly control characters, not text',
    )
  }
  const replaced = text.match(/\ufffd/g)?.length ?? 0
  if (isNoisy(replaced, text.length)) {
    throw new ArticleError(
      'BAD_ENCODING',
      'article: the input has many characters that could not be decoded: wrong or broken encoding',
    )
  }
}

function isNoisy(count: number, length: number): boolean {
  return count >= MIN_NOISE_COUNT && count / Math.max(length, 1) > MAX_NOISE_RATIO
}

/** Media types that are never a page of text, whatever the bytes look like. */
const BINARY_MEDIA_TYPE =
  /^\s*(?:image|audio|video|font)\/|^\s*application\/(?:pdf|zip|gzip|octet-stream|x-tar|vnd\.)/i

export function checkMediaType(contentType: string | undefined): void {
  if (contentType && BINARY_MEDIA_TYPE.test(contentType)) {
    throw new ArticleError(
      'BINARY_INPUT',
      `article: the content type ${contentType.split(';')[0]!.trim()} is not a web page`,
    )
  }
}
