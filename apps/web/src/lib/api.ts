import { errorFromResponse } from './api-error'
import type {
  ArticleSource,
  Comparison,
  ExportFormat,
  Story,
  StoryArticle,
  StoryPage,
} from './api-types'

// Every call the web app makes to the API lives here, so the transport can change in one place.

async function send<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { accept: 'application/json', ...init.headers },
  })
  if (!response.ok) throw await errorFromResponse(response)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

function json(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

type JsonSource = Exclude<ArticleSource, { kind: 'file' }>

function articleBody(source: JsonSource): Record<string, string> {
  const name = source.outlet?.trim()
  const outlet: { outlet?: string } = name ? { outlet: name } : {}
  return source.kind === 'text'
    ? { text: source.text, ...outlet }
    : { url: source.url.trim(), ...outlet }
}

function articleRequest(source: ArticleSource): RequestInit {
  if (source.kind !== 'file') return json('POST', articleBody(source))
  // An uploaded file goes as multipart, so its bytes reach the parser undecoded.
  const form = new FormData()
  form.set('file', source.file)
  const outlet = source.outlet?.trim()
  if (outlet) form.set('outlet', outlet)
  return { method: 'POST', body: form }
}

export function listStories(options: { q?: string; cursor?: string } = {}): Promise<StoryPage> {
  const query = new URLSearchParams()
  if (options.q) query.set('q', options.q)
  if (options.cursor) query.set('cursor', options.cursor)
  const search = query.size > 0 ? `?${query.toString()}` : ''
  return send<StoryPage>(`/api/stories${search}`)
}

export function createStory(title: string): Promise<Story> {
  return send<Story>('/api/stories', json('POST', { title }))
}

export function getStory(id: string): Promise<Story> {
  return send<Story>(`/api/stories/${encodeURIComponent(id)}`)
}

export function deleteStory(id: string): Promise<void> {
  return send<void>(`/api/stories/${encodeURIComponent(id)}`, { method: 'DELETE' })
}

export async function addArticle(storyId: string, source: ArticleSource): Promise<StoryArticle> {
  const { article } = await send<{ article: StoryArticle }>(
    `/api/stories/${encodeURIComponent(storyId)}/articles`,
    articleRequest(source),
  )
  return article
}

export function deleteArticle(storyId: string, articleId: string): Promise<void> {
  return send<void>(
    `/api/stories/${encodeURIComponent(storyId)}/articles/${encodeURIComponent(articleId)}`,
    { method: 'DELETE' },
  )
}

export function getComparison(storyId: string): Promise<Comparison> {
  return send<Comparison>(`/api/stories/${encodeURIComponent(storyId)}/comparison`)
}

/** Compares articles without storing anything; an uploaded file is read here and sent as HTML. */
export async function compareArticles(sources: ArticleSource[]): Promise<Comparison> {
  const articles = await Promise.all(
    sources.map(async (source) => {
      if (source.kind !== 'file') return articleBody(source)
      const outlet = source.outlet?.trim()
      return { html: await source.file.text(), ...(outlet ? { outlet } : {}) }
    }),
  )
  return send<Comparison>('/api/compare', json('POST', { articles }))
}

/** The address of a story's comparison as a downloadable file. */
export function exportUrl(storyId: string, format: ExportFormat): string {
  return `/api/stories/${encodeURIComponent(storyId)}/export?format=${format}`
}
