import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index'

// CI checks the repository out beside `shared/`, as on the development machine.
const seedsDir = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url))
const readSeed = (name: string) => readFileSync(`${seedsDir}${name}`, 'utf8')

describe('seed 000: one run-on paragraph with a leading date', () => {
  const raw = readSeed('000_666e79362ecab168.txt')
  const article = parseArticle({ text: raw })

  it('reads the leading date line as the published day and keeps it out of the body', () => {
    expect(article.published).toBe('2020-01-16')
    expect(article.body.startsWith('A court shut the doors on Thursday')).toBe(true)
  })

  it('splits every glued sentence boundary', () => {
    const glued = [...raw.matchAll(/[a-z][.!?][”"]?(?=[A-Z“])/g)].length
    expect(glued).toBeGreaterThan(20)
    const texts = article.sentences.map((s) => s.text)
    for (const start of [
      'Tel Aviv District Court Judge Rachel Barkai',
      'A couple dozen government officials',
      'On the other hand, even the little bit',
      'The ministry in a statement said',
      '“The best way to stop NSO’s',
    ]) {
      expect(texts.some((t) => t.startsWith(start))).toBe(true)
    }
    expect(texts.some((t) => /[a-z][.!?][”"]?[A-Z“]/.test(t))).toBe(false)
    expect(article.sentences.length).toBeGreaterThanOrEqual(glued + 1)
  })

  it('repairs the glued boundaries in the body with a space', () => {
    expect(article.body).toContain('implications. Tel Aviv District Court')
    expect(article.body).toContain('being gagged.” On the other hand')
  })

  it('keeps every sentence as an exact slice of the body', () => {
    for (const s of article.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text)
  })
})

describe('seed 004: headline, caption, standfirst and a read-more line', () => {
  const article = parseArticle({ text: readSeed('004_81cbc7f277f12237.txt') })

  it('takes the headline as the title', () => {
    expect(article.title).toBe(
      'Amnesty vs. NSO: Does the Firm Have an Export License to Saudi Arabia?',
    )
    expect(article.body).not.toContain('Does the Firm Have an Export License')
  })

  it('drops the photo caption and the read-more line', () => {
    expect(article.body).not.toContain('Saudi crown prine Mohammed bin Salman')
    expect(article.body).not.toContain('You might be interested also')
  })

  it('keeps the standfirst once, where the body repeats it as a sentence', () => {
    const standfirst = 'The human rights organization has filed an injunction in Israeli court'
    expect(article.body.split(standfirst)).toHaveLength(2)
  })

  it('keeps the article prose', () => {
    expect(article.paragraphs).toHaveLength(7)
    expect(article.body).toContain(
      'According to estimates by Israel Defense, the country is Saudi Arabia.',
    )
    expect(article.body.endsWith('will be given when they begin.')).toBe(true)
  })
})
