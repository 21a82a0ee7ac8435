import { describe, expect, it } from 'vitest'
import { fileStem } from './ingest'

describe('fileStem', () => {
  it("gives an upload's name without its extension or folders as the fallback outlet", () => {
    expect(fileStem('Fox News.txt')).toBe('Fox News')
    expect(fileStem('C:\\articles\\nyt.html')).toBe('nyt')
    expect(fileStem('../../etc/The Guardian.htm')).toBe('The Guardian')
  })

  it('keeps no control characters, and gives nothing for a name of none', () => {
    expect(fileStem('Daily\u0000 Ledger\u200b.txt')).toBe('Daily Ledger')
    expect(fileStem('.txt')).toBe('')
    expect(fileStem('')).toBe('')
  })
})
