import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { Article } from '@parallax/article'
import { compareArticles, CompareError, MAX_ARTICLES, MIN_ARTICLES } from '@parallax/compare'
import { CliError } from '../errors'
import { isUrl, loadArticle } from '../inputs'
import type { CliIo } from '../io'
import { renderMarkdown } from '../render/markdown'
import { renderText } from '../render/text'

/** Inputs from this many on (or any URL) report progress on stderr, since reading them takes a while. */
const PROGRESS_FROM = 5

/** `--outlet a.txt=Haaretz`: the input may be named as given or by its file name alone. */
function parseOutlets(values: string[], inputs: string[]): Map<string, string> {
  const outlets = new Map<string, string>()
  for (const value of values) {
    const eq = value.lastIndexOf('=')
    const named = value.slice(0, eq)
    const name = value.slice(eq + 1).trim()
    if (eq <= 0 || !name)
      throw new CliError('USAGE', `--outlet takes <input>=<name>, got "${value}"`)
    const exact = inputs.filter((input) => input === named)
    const matches = exact.length > 0 ? exact : inputs.filter((input) => basename(input) === named)
    if (matches.length === 0) {
      throw new CliError('USAGE', `--outlet names ${named}, which is not one of the inputs`)
    }
    if (new Set(matches).size > 1) {
      throw new CliError(
        'USAGE',
        `--outlet names ${named}, which fits more than one input: ${matches.join(', ')}`,
      )
    }
    outlets.set(matches[0]!, name)
  }
  return outlets
}

function chooseFormat(values: {
  json?: boolean
  markdown?: boolean
  text?: boolean
}): 'json' | 'markdown' | 'text' {
  const chosen = (['json', 'markdown', 'text'] as const).filter((f) => values[f])
  if (chosen.length > 1)
    throw new CliError('USAGE', `choose one output format, not --${chosen.join(' and --')}`)
  return chosen[0] ?? 'text'
}

export async function runCompare(args: string[], io: CliIo): Promise<void> {
  const { values, positionals: inputs } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      text: { type: 'boolean' },
      outlet: { type: 'string', multiple: true },
    },
  })
  const format = chooseFormat(values)
  if (inputs.length < MIN_ARTICLES || inputs.length > MAX_ARTICLES) {
    throw new CliError(
      'USAGE',
      `compare takes ${MIN_ARTICLES} to ${MAX_ARTICLES} files or URLs, got ${inputs.length}`,
    )
  }
  const outlets = parseOutlets(values.outlet ?? [], inputs)
  const progress = inputs.length >= PROGRESS_FROM || inputs.some(isUrl)

  const articles: Article[] = []
  for (const [i, input] of inputs.entries()) {
    if (progress) io.stderr(`parallax: reading ${i + 1}/${inputs.length} ${input}\n`)
    const outlet = outlets.get(input)
    articles.push(
      await loadArticle(input, { env: io.env, ...(outlet !== undefined && { outlet }) }),
    )
  }
  if (progress) io.stderr(`parallax: comparing ${articles.length} articles\n`)

  let comparison
  try {
    comparison = compareArticles(articles)
  } catch (error) {
    if (error instanceof CompareError && error.code === 'DUPLICATE_ARTICLE') {
      const twice = inputs.filter(
        (_, i) => articles.findIndex((a) => a.id === articles[i]!.id) !== i,
      )
      throw new CliError('BAD_INPUT', `${twice.join(', ')}: the same article is given twice`, {
        cause: error,
      })
    }
    throw error
  }

  if (format === 'json') io.stdout(`${JSON.stringify(comparison, null, 2)}\n`)
  else if (format === 'markdown') io.stdout(renderMarkdown(comparison))
  else io.stdout(renderText(comparison, io.color))
}
