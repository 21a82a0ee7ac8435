import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './server'
import { readSeed, seedPaths } from './seeds'

// Real stories told by three outlets each (../shared/eval/stories), and the two seed articles.

export const evalStoriesDir = join(repoRoot, '..', 'shared', 'eval', 'stories')

const outletOfFile: Record<string, string> = {
  'fox.txt': 'Fox News',
  'huffpost.txt': 'HuffPost',
  'nyt.txt': 'The New York Times',
}

export interface RealStory {
  name: string
  articles: { outlet: string; text: string }[]
}

export function realStories(): RealStory[] {
  const stories = readdirSync(evalStoriesDir)
    .sort()
    .map((name) => ({
      name,
      articles: readdirSync(join(evalStoriesDir, name))
        .filter((file) => file in outletOfFile)
        .sort()
        .map((file) => ({
          outlet: outletOfFile[file]!,
          text: readFileSync(join(evalStoriesDir, name, file), 'utf8'),
        })),
    }))
  const seeds = {
    name: 'seeds',
    articles: [
      { outlet: 'The Jerusalem Post', text: readSeed(seedPaths.courtReport) },
      { outlet: 'Calcalist', text: readSeed(seedPaths.licenseReport) },
    ],
  }
  return [...stories, seeds]
}

/** Creates a story through the API with the story's articles, and returns its id. */
export async function storeStory(url: string, story: RealStory): Promise<string> {
  const created = await fetch(`${url}/api/stories`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: story.name }),
  })
  const { id } = (await created.json()) as { id: string }
  for (const article of story.articles) {
    const added = await fetch(`${url}/api/stories/${id}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(article),
    })
    if (added.status !== 201) throw new Error(`${story.name}: ${await added.text()}`)
  }
  return id
}
