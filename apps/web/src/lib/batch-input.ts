import { checkUrl } from './article-draft'
import { guessFileKind } from './error-messages'
import { plural } from './labels'

// What a batch is made of before it is sent: files dropped or chosen, or addresses pasted one a
// line. The API refuses the same things; checking here names them before any bytes travel.

/** The API's limits on one batch (`POST /api/batches`). */
export const MAX_BATCH_ITEMS = 1000
export const MAX_ITEM_BYTES = 5 * 1024 * 1024

export type BatchInput = { kind: 'files'; files: File[] } | { kind: 'urls'; urls: string[] }

/** What one item of a batch was, kept to name it in its failure. */
export interface BatchItemLabel {
  kind: 'file' | 'url'
  name: string
  type?: string
}

const TEXT_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain'])
const TEXT_ENDINGS = /\.(html?|xhtml|txt|text|md)$/i

/**
 * An HTML or text file as the API takes it: by its type, or by its name's ending when the browser
 * gave no type it knows.
 */
export function isArticleFile(file: { name: string; type: string }): boolean {
  const type = file.type.split(';')[0]?.trim().toLowerCase() ?? ''
  if (TEXT_TYPES.has(type)) return true
  return (type === '' || type === 'application/octet-stream') && TEXT_ENDINGS.test(file.name)
}

function sameFile(a: File, b: File): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified
}

/** Why a file cannot be an item, or undefined when it can. */
function fileProblem(file: File): string | undefined {
  if (!isArticleFile(file)) {
    const looks = guessFileKind(file)
    return looks ? `it looks like ${looks}, not text or HTML` : 'not a .txt or .html file'
  }
  if (file.size === 0) return 'empty'
  if (file.size > MAX_ITEM_BYTES) return 'larger than 5 MB'
  return undefined
}

/**
 * The files of a batch after more were dropped or chosen: new usable ones are added once each,
 * the others are left out and named with the reason.
 */
export function addFiles(current: File[], added: File[]): { files: File[]; leftOut: string[] } {
  const files = [...current]
  const leftOut: string[] = []
  for (const file of added) {
    const problem = fileProblem(file)
    if (problem) leftOut.push(`${file.name} (${problem})`)
    else if (!files.some((kept) => sameFile(kept, file))) files.push(file)
  }
  return { files, leftOut }
}

/** Addresses pasted one a line: blank lines skipped, each address once, and what is not one. */
export function readUrlList(text: string): { urls: string[]; problems: string[] } {
  const urls: string[] = []
  const problems: string[] = []
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const typed = line.trim()
    if (!typed) continue
    const checked = checkUrl(typed)
    if ('problem' in checked) problems.push(`Line ${index + 1}: ${checked.problem}`)
    else if (!urls.includes(checked.url)) urls.push(checked.url)
  }
  return { urls, problems }
}

/** "3 files", "1 address": how many items of a kind. */
export function countItems(kind: BatchInput['kind'], count: number): string {
  return kind === 'files' ? plural(count, 'file') : plural(count, 'address', 'addresses')
}

/** Why the batch cannot start yet, or undefined when it can. */
export function batchProblem(input: BatchInput): string | undefined {
  const count = input.kind === 'files' ? input.files.length : input.urls.length
  if (count === 0) {
    return input.kind === 'files'
      ? 'Drop or choose the article files first.'
      : 'Paste the addresses of the articles first, one a line.'
  }
  if (count > MAX_BATCH_ITEMS) {
    return `That is ${countItems(input.kind, count)}; a batch takes at most ${MAX_BATCH_ITEMS.toLocaleString('en')}. Start a second batch for the rest.`
  }
  return undefined
}

/** The body of `POST /api/batches`: files as a multipart upload, addresses as JSON. */
export function batchBody(input: BatchInput): FormData | string {
  if (input.kind === 'urls') return JSON.stringify({ items: input.urls.map((url) => ({ url })) })
  const form = new FormData()
  for (const file of input.files) form.append('file', file)
  return form
}

export function labelsOf(input: BatchInput): BatchItemLabel[] {
  return input.kind === 'files'
    ? input.files.map((file) => ({ kind: 'file', name: file.name, type: file.type }))
    : input.urls.map((url) => ({ kind: 'url', name: url }))
}
