// The API's error codes in words a reader acts on: what went wrong with this input and what to do
// instead. The API's own message is kept for codes not listed here.

/** What the app knows about the input an error is about, to name it in the sentence. */
export interface ErrorContext {
  kind?: 'text' | 'file' | 'url'
  file?: { name: string; type: string }
  /** The input was an item of a batch, which takes files and addresses, not pasted text. */
  batch?: boolean
}

/** What to hand in instead when this input cannot be used, as a sentence. */
function instead(context: ErrorContext): string {
  if (!context.batch) return "Paste the article's text instead."
  if (context.kind === 'url') return 'Save the page in your browser and add the file instead.'
  if (context.kind === 'file') return "Save the article's text as a .txt file and add that instead."
  return 'Add the article as a saved page or a .txt file of its text instead.'
}

const lowerFirst = (sentence: string) => `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`

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
  return `${what} is not text or HTML${looks ? ` (it looks like ${looks})` : ''}. ${instead(context)}`
}

type Explain = (context: ErrorContext, message: string) => string

const fetchProblem: Explain = (context) =>
  `The page at this address could not be fetched. ${instead(context)}`

const explanations: Record<string, Explain> = {
  EMPTY_INPUT: (context) =>
    context.kind === 'file'
      ? 'This file is empty. Choose the saved page.'
      : 'There is no text here. Paste the article first.',
  BINARY_INPUT: notText,
  UNSUPPORTED_MEDIA_TYPE: notText,
  UNSUPPORTED_TYPE: notText,
  BAD_ENCODING: (context) =>
    `Many characters of this text could not be read (a wrong or broken encoding). ${instead(context)}`,
  NOT_AN_ARTICLE: (context) =>
    `No article text was found ${context.kind === 'url' ? 'on this page' : 'here'}: it looks like a menu, form or list. ${context.kind === 'text' ? 'Paste the headline and the body of the article.' : instead(context)}`,
  TOO_LARGE: (context) =>
    context.kind === 'url'
      ? `This page is too large to fetch. ${instead(context)}`
      : context.batch
        ? "This is too large for one article. Save only the article's headline and body as a .txt file and add that instead."
        : 'This is too large for one article. Paste only the headline and body of the article.',
  PARSE_TIMEOUT: (context) => `Reading this article took too long. ${instead(context)}`,
  PARSE_FAILED: (context) => `This article could not be read. ${instead(context)}`,
  INVALID_URL: (context) =>
    `This is not a web address. Check it, or ${lowerFirst(instead(context))}`,
  BLOCKED_ADDRESS: (context) =>
    `Parallax does not fetch addresses on private or local networks. ${instead(context)}`,
  TIMEOUT: fetchProblem,
  TOO_MANY_REDIRECTS: fetchProblem,
  HTTP_STATUS: (context, message) =>
    `The site refused to send this page (${/HTTP \d+/.exec(message)?.[0] ?? 'an error'}). ${instead(context)}`,
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
