// The API's error codes in words a reader acts on: what went wrong with this input and what to do
// instead. The API's own message is kept for codes not listed here.

/** What the app knows about the input an error is about, to name it in the sentence. */
export interface ErrorContext {
  kind?: 'text' | 'file' | 'url'
  file?: { name: string; type: string }
}

const PASTE = "Paste the article's text instead."

/** What a file that is not a page of text looks like, from its type or its name's ending. */
export function guessFileKind(file: { name: string; type: string }): string | undefined {
  const type = file.type.toLowerCase()
  const ending = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? ''
  if (type === 'application/pdf' || ending === 'pdf') return 'a PDF'
  if (type.startsWith('image/') || /^(png|jpe?g|gif|webp|heic|svg|bmp|tiff?)$/.test(ending)) {
    return 'an image'
  }
  if (/word|officedocument|opendocument|rtf/.test(type) || /^(docx?|odt|rtf|pages)$/.test(ending)) {
    return 'a word-processor document'
  }
  if (/zip|gzip|tar|compressed/.test(type) || /^(zip|gz|tgz|tar|7z|rar)$/.test(ending)) {
    return 'a compressed archive'
  }
  if (type.startsWith('audio/') || type.startsWith('video/')) return 'a sound or video file'
  return undefined
}

function notText(context: ErrorContext): string {
  const looks = context.file ? guessFileKind(context.file) : undefined
  const what = context.kind === 'url' ? 'This page' : context.kind === 'file' ? 'This file' : 'This'
  return `${what} is not text or HTML${looks ? ` (it looks like ${looks})` : ''}. ${PASTE}`
}

type Explain = (context: ErrorContext, message: string) => string

const fetchProblem: Explain = () => `The page at this address could not be fetched. ${PASTE}`

const explanations: Record<string, Explain> = {
  EMPTY_INPUT: (context) =>
    context.kind === 'file'
      ? 'This file is empty. Choose the saved page.'
      : 'There is no text here. Paste the article first.',
  BINARY_INPUT: notText,
  UNSUPPORTED_MEDIA_TYPE: notText,
  UNSUPPORTED_TYPE: notText,
  BAD_ENCODING: () =>
    `Many characters of this text could not be read (a wrong or broken encoding). ${PASTE}`,
  NOT_AN_ARTICLE: (context) =>
    `No article text was found ${context.kind === 'url' ? 'on this page' : 'here'}: it looks like a menu, form or list. ${context.kind === 'text' ? 'Paste the headline and the body of the article.' : PASTE}`,
  TOO_LARGE: (context) =>
    context.kind === 'url'
      ? `This page is too large to fetch. ${PASTE}`
      : 'This is too large for one article. Paste only the headline and body of the article.',
  PARSE_TIMEOUT: () => `Reading this article took too long. ${PASTE}`,
  PARSE_FAILED: () => `This article could not be read. ${PASTE}`,
  INVALID_URL: () =>
    `This is not a web address. Check it, or ${PASTE.charAt(0).toLowerCase()}${PASTE.slice(1)}`,
  BLOCKED_ADDRESS: () => `Parallax does not fetch addresses on private or local networks. ${PASTE}`,
  TIMEOUT: fetchProblem,
  TOO_MANY_REDIRECTS: fetchProblem,
  HTTP_STATUS: (_context, message) =>
    `The site refused to send this page (${/HTTP \d+/.exec(message)?.[0] ?? 'an error'}). ${PASTE}`,
  NETWORK: fetchProblem,
  DUPLICATE: () => 'This article is already in the story.',
  DUPLICATE_ARTICLE: () => 'The same article was given twice. Remove one of the copies.',
  TOO_FEW_ARTICLES: () => 'Add at least two articles to compare them.',
  TOO_MANY_ARTICLES: () =>
    'That is more articles than one comparison takes. Compare fewer at once.',
  NOT_FOUND: () => 'This was not found: it may have been deleted. Go back to the stories.',
  BUSY: () => 'The server is busy. Wait a moment and try again.',
  LOCKED: () => 'The server is busy. Wait a moment and try again.',
  UNAVAILABLE: () => 'The server cannot reach its storage. Try again in a moment.',
}

/** The plain sentence for an API error code, or undefined for a code without one. */
export function explainCode(
  code: string,
  message: string,
  context: ErrorContext = {},
): string | undefined {
  return explanations[code]?.(context, message)
}
