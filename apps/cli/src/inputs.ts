import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { ArticleError, parseArticle, type Article, type ArticleInput } from '@parallax/article'
import { FetchError, fetchUrl } from '@parallax/fetch'
import { CliError } from './errors'
import type { CliIo } from './io'

/** Files larger than this are refused before being read; the parser's own cap is smaller still. */
const MAX_FILE_BYTES = 20 * 1024 * 1024
const HTML_EXTENSIONS = new Set(['.html', '.htm'])
/** Inputs from this many on (or any URL) report progress on stderr, since reading them takes a while. */
const PROGRESS_FROM = 5

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input)
}

function allowHosts(env: Record<string, string | undefined>): string[] {
  return (env.PARALLAX_ALLOW_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
}

function decodeText(bytes: Uint8Array, input: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (cause) {
    throw new CliError('BAD_INPUT', `${input}: not UTF-8 text (save it as UTF-8, or as .html)`, {
      cause,
    })
  }
}

async function readInput(input: string): Promise<Uint8Array> {
  try {
    const info = await stat(input)
    if (!info.isFile()) throw new CliError('BAD_INPUT', `${input}: not a file`)
    if (info.size > MAX_FILE_BYTES) {
      throw new CliError(
        'BAD_INPUT',
        `${input}: ${info.size} bytes is more than the ${MAX_FILE_BYTES} accepted`,
      )
    }
    return await readFile(input)
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error)
    throw new CliError('BAD_INPUT', `${input}: ${reason}`, { cause: error })
  }
}

async function fetchInput(
  url: string,
  env: Record<string, string | undefined>,
): Promise<ArticleInput> {
  try {
    const page = await fetchUrl(url, { allowHosts: allowHosts(env) })
    if (/^text\/plain\b/i.test(page.contentType)) {
      return { text: decodeText(page.body, url), url: page.url }
    }
    return { html: page.body, url: page.url, contentType: page.contentType }
  } catch (error) {
    if (error instanceof FetchError) {
      throw new CliError('FETCH_FAILED', `${url}: ${error.message}`, { cause: error })
    }
    throw error
  }
}

/** Reads a file or fetches a URL and parses it into an article; bad input becomes a CliError. */
export async function loadArticle(
  input: string,
  options: { outlet?: string; env: Record<string, string | undefined> },
): Promise<Article> {
  let source: ArticleInput
  if (isUrl(input)) {
    source = await fetchInput(input, options.env)
  } else {
    const bytes = await readInput(input)
    source = HTML_EXTENSIONS.has(extname(input).toLowerCase())
      ? { html: bytes }
      : { text: decodeText(bytes, input) }
  }
  if (options.outlet !== undefined) source.outlet = options.outlet
  try {
    // A pasted text rarely names its outlet; its file's name tells the reader more than a placeholder.
    const fallbackOutlet = isUrl(input) ? undefined : basename(input, extname(input))
    return parseArticle(source, { fallbackOutlet })
  } catch (error) {
    if (error instanceof ArticleError) {
      throw new CliError('BAD_INPUT', `${input}: ${error.message}`, { cause: error })
    }
    throw error
  }
}

export function showsProgress(inputs: readonly string[]): boolean {
  return inputs.length >= PROGRESS_FROM || inputs.some(isUrl)
}

/** Loads inputs one after another, reporting each on stderr when `progress` is set. */
export async function loadArticles(
  inputs: readonly string[],
  options: { io: CliIo; progress: boolean; outlets?: ReadonlyMap<string, string> },
): Promise<Article[]> {
  const { io, progress, outlets } = options
  const articles: Article[] = []
  for (const [i, input] of inputs.entries()) {
    if (progress) io.stderr(`parallax: reading ${i + 1}/${inputs.length} ${input}\n`)
    const outlet = outlets?.get(input)
    articles.push(
      await loadArticle(input, { env: io.env, ...(outlet !== undefined && { outlet }) }),
    )
  }
  return articles
}

const READABLE_EXTENSIONS = new Set(['.txt', ...HTML_EXTENSIONS])

/**
 * Each path as the articles it stands for: a URL or a file as given, a folder as its .txt, .html
 * and .htm files (not its subfolders), by name. A path that does not exist, or a folder with none
 * of those files, is an error naming it.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const path of paths) {
    if (isUrl(path)) {
      out.push(path)
      continue
    }
    let info
    try {
      info = await stat(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const reason = code === 'ENOENT' ? 'no such file or folder' : String(error)
      throw new CliError('BAD_INPUT', `${path}: ${reason}`, { cause: error })
    }
    if (!info.isDirectory()) {
      out.push(path)
      continue
    }
    const entries = await readdir(path, { withFileTypes: true })
    const files = entries
      .filter((e) => e.isFile() && READABLE_EXTENSIONS.has(extname(e.name).toLowerCase()))
      .map((e) => join(path, e.name))
      .sort()
    if (files.length === 0) {
      throw new CliError('BAD_INPUT', `${path}: a folder with no .txt, .html or .htm files`)
    }
    out.push(...files)
  }
  return out
}
