import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle, type Article } from '@parallax/article'

export const STORIES_DIR = join(import.meta.dirname, 'stories')
export const SEEDS_DIR = join(import.meta.dirname, '../../../../shared/seeds')

export interface ExpectedFacet {
  status: string
  kinds: string[]
  /** Outlet file (without .txt) → the exact sentences of that outlet in the facet. */
  claims: Record<string, string[]>
}

export interface Story {
  name: string
  /** Outlet file name (without .txt) of each article, in the same order as `articles`. */
  files: string[]
  articles: Article[]
  expected: { outlets: Record<string, string>; facets: ExpectedFacet[] }
}

export function storyNames(): string[] {
  return readdirSync(STORIES_DIR).sort()
}

export function loadStory(name: string): Story {
  const dir = join(STORIES_DIR, name)
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Story['expected']
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => f.slice(0, -4))
  const articles = files.map((file) =>
    parseArticle({
      text: readFileSync(join(dir, `${file}.txt`), 'utf8'),
      outlet: expected.outlets[file] ?? file,
    }),
  )
  return { name, files, articles, expected }
}

export function loadSeeds(): Article[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseArticle({ text: readFileSync(join(SEEDS_DIR, f), 'utf8') }))
}
