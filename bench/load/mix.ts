// What the load is made of: reads of a cached comparison, story listings (a page and a search),
// and uncached comparisons of the two seed articles, in one sequence each connection repeats.
import { readFileSync } from 'node:fs'
import type { Request } from 'autocannon'

const SEEDS = new URL('../../../shared/seeds/', import.meta.url)
const SEED_TEXTS = ['000_666e79362ecab168.txt', '004_81cbc7f277f12237.txt'].map((name) =>
  readFileSync(new URL(name, SEEDS), 'utf8'),
)
/** Enough stories that a listing is a full page. */
const LISTED_STORIES = 30

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Stories to list, and one with both seed articles whose comparison is computed and cached. */
export async function prepareStories(origin: string): Promise<{ comparedStoryId: string }> {
  for (let n = 0; n < LISTED_STORIES; n++) {
    await post(`${origin}/api/stories`, { title: `Listed story ${n}` })
  }
  const story = await post<{ id: string }>(`${origin}/api/stories`, { title: 'Amnesty v. NSO' })
  for (const [index, text] of SEED_TEXTS.entries()) {
    await post(`${origin}/api/stories/${story.id}/articles`, { text, outlet: `Outlet ${index}` })
  }
  const cached = await fetch(`${origin}/api/stories/${story.id}/comparison`)
  if (!cached.ok) throw new Error(`comparison: ${cached.status} ${await cached.text()}`)
  return { comparedStoryId: story.id }
}

export function requestMix({ comparedStoryId }: { comparedStoryId: string }): Request[] {
  const comparison = { method: 'GET', path: `/api/stories/${comparedStoryId}/comparison` } as const
  return [
    comparison,
    { method: 'GET', path: '/api/stories?limit=20' },
    comparison,
    { method: 'GET', path: '/api/stories?q=Amnesty' },
    comparison,
    {
      method: 'POST',
      path: '/api/compare',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: SEED_TEXTS.map((text) => ({ text })) }),
    },
  ]
}
