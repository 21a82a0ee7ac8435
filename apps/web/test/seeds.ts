import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './server'

// The two real articles on one story, kept beside the repository.
export const seedsDir = join(repoRoot, '..', 'shared', 'seeds')
export const seedPaths = {
  courtReport: join(seedsDir, '000_666e79362ecab168.txt'),
  licenseReport: join(seedsDir, '004_81cbc7f277f12237.txt'),
}

export function readSeed(path: string): string {
  return readFileSync(path, 'utf8')
}

/** A seed's text as a simple news page, so the URL and upload paths parse real HTML. */
export function seedAsHtml(text: string, title: string): string {
  const escape = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escape(paragraph)}</p>`)
    .join('\n')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><header><nav><a href="/">Home</a></nav></header>
<article><h1>${escape(title)}</h1>${paragraphs}</article>
<footer>© Example News</footer></body></html>`
}
