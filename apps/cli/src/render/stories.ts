import { styleText } from 'node:util'
import type { Article } from '@parallax/article'

/** One article of a story as `cluster` prints it: the input it was read from, first of all. */
export interface StoryArticleOutput {
  input: string
  outlet: string
  title: string
  /** The input of the article standing for this text's origin (its own input when no copy). */
  origin: string
}

export interface StoryOutput {
  id: string
  label: string
  origins: number
  articles: StoryArticleOutput[]
  /** One article per origin: what `--compare` compares. */
  originArticles: Article[]
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`

/** Stories for a terminal: each label, its size, then its articles with the copies marked. */
export function renderStories(stories: readonly StoryOutput[], color: boolean): string {
  const bold = (text: string) => (color ? styleText('bold', text) : text)
  const gray = (text: string) => (color ? styleText('gray', text) : text)
  const lines = [plural(stories.length, 'story', 'stories'), '']
  for (const story of stories) {
    const outlets = new Set(story.articles.map((a) => a.outlet)).size
    lines.push(
      `${bold(story.label)}  ${gray(`${plural(story.articles.length, 'article')}, ${plural(outlets, 'outlet')}, ${plural(story.origins, 'origin')}`)}`,
    )
    for (const a of story.articles) {
      const copy = a.origin !== a.input ? gray(`  (copy of ${a.origin})`) : ''
      lines.push(`  ${a.outlet}: ${a.title}  ${gray(a.input)}${copy}`)
    }
    lines.push('')
  }
  return `${lines.join('\n')}`
}
