// Shows, for one benchmark page, which paragraphs parseArticle kept that the ground truth lacks
// (+) and which ground-truth paragraphs it missed (-). Usage: tsx bench/extract/inspect.ts <id>
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { parseArticle } from '../../packages/article/src/index'

const dataDir = fileURLToPath(
  new URL('../../../shared/bench/article-extraction-benchmark/', import.meta.url),
)
const id = process.argv[2] ?? ''
const truth = (
  JSON.parse(readFileSync(`${dataDir}ground-truth.json`, 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >
)[id]!
const html = gunzipSync(readFileSync(`${dataDir}html/${id}.html.gz`)).toString('utf8')
const words = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ')
const truthWords = words(truth.articleBody)
let body = ''
try {
  const article = parseArticle({ html, url: truth.url })
  body = article.body
  console.log(
    'title:',
    article.title,
    '| outlet:',
    article.outlet,
    '| published:',
    article.published,
  )
  console.log('byline:', article.byline, '| url:', article.url)
} catch (error) {
  console.log('error:', error)
}
const bodyWords = words(body)
for (const p of body.split('\n\n'))
  if (!truthWords.includes(words(p))) console.log('+', p.slice(0, 200))
for (const p of truth.articleBody.split(/\n+/)) {
  if (p.trim() && !bodyWords.includes(words(p))) console.log('-', p.slice(0, 200))
}
