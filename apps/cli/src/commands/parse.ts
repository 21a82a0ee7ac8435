import { parseArgs } from 'node:util'
import { CliError } from '../errors'
import { loadArticle } from '../inputs'
import type { CliIo } from '../io'

export async function runParse(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, outlet: { type: 'string' } },
  })
  if (positionals.length !== 1) {
    throw new CliError('USAGE', `parse takes one file or URL, got ${positionals.length}`)
  }
  const article = await loadArticle(positionals[0]!, {
    env: io.env,
    ...(values.outlet !== undefined && { outlet: values.outlet }),
  })
  if (values.json) {
    io.stdout(`${JSON.stringify(article, null, 2)}\n`)
    return
  }
  const lines = [
    `${article.title}`,
    `${article.outlet}${article.published ? `, ${article.published}` : ''}${article.byline ? `, by ${article.byline}` : ''}`,
    `${article.paragraphs.length} paragraphs, ${article.sentences.length} sentences`,
    '',
    ...article.sentences.map((s) => `${String(s.index).padStart(3)}  ${s.text}`),
  ]
  io.stdout(`${lines.join('\n')}\n`)
}
