import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import {
  compareArticles,
  CompareError,
  MAX_ARTICLES,
  MIN_ARTICLES,
  type Comparison,
} from '@parallax/compare'
import { CliError } from '../errors'
import { loadArticles, showsProgress } from '../inputs'
import type { CliIo } from '../io'
import { renderMarkdown } from '../render/markdown'
import { renderText } from '../render/text'

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
  const progress = showsProgress(inputs)
  const articles = await loadArticles(inputs, { io, outlets, progress })
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

  io.stdout(formatComparison(comparison, format, io.color))
}

/** A comparison as the chosen format prints it: shared by `compare` and `cluster --compare`. */
export function formatComparison(
  comparison: Comparison,
  format: 'json' | 'markdown' | 'text',
  color: boolean,
): string {
  if (format === 'json') return `${JSON.stringify(comparison, null, 2)}\n`
  if (format === 'markdown') return renderMarkdown(comparison)
  return renderText(comparison, color)
}
