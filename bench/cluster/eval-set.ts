// The story-clustering set, read from ../shared/eval/cluster beside the checkout (never copied into
// the repository), each article parsed as `parallax cluster FILE` parses a text file.
import { existsSync, readFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArticle, type Article } from '@parallax/article'

export const CLUSTER_EVAL_DIR = fileURLToPath(
  new URL('../../../shared/eval/cluster/', import.meta.url),
)
export const GOLD_PATH = join(CLUSTER_EVAL_DIR, 'gold.json')
export const SCORE_MJS = join(CLUSTER_EVAL_DIR, 'score.mjs')

export interface EvalArticle {
  file: string
  /** The gold event: used only to score, never given to the clustering. */
  event: string
  article: Article
}

export function readEvalSet(): EvalArticle[] {
  if (!existsSync(GOLD_PATH)) {
    throw new Error(
      `bench/cluster: no clustering set at ${GOLD_PATH}; it is read from ../shared/eval/cluster ` +
        'beside the checkout, which CI always provides',
    )
  }
  const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as {
    articles: { file: string; story: string }[]
  }
  return gold.articles.map(({ file, story }) => {
    const path = join(CLUSTER_EVAL_DIR, 'articles', file)
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path))
    const article = parseArticle({ text }, { fallbackOutlet: basename(file, extname(file)) })
    return { file, event: story, article }
  })
}
