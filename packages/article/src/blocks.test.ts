import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { DomElement } from './dom'
import { collectBlocks } from './blocks'

const root = (html: string) =>
  (
    parseHTML(`<html><body><div id="r">${html}</div></body></html>`) as unknown as {
      document: { getElementById(id: string): DomElement }
    }
  ).document.getElementById('r')

describe('collectBlocks', () => {
  it('makes one block per paragraph, heading and list item, with inline text flowing', () => {
    const blocks = collectBlocks(
      root('<h2>Sub</h2><p>One <b>bold</b> line</p><ul><li>Item</li></ul><script>x()</script>'),
    )
    expect(blocks.map((b) => [b.tag, b.text])).toEqual([
      ['H2', 'Sub'],
      ['P', 'One bold line'],
      ['LI', 'Item'],
    ])
  })

  it('reads a table row as one line', () => {
    const blocks = collectBlocks(
      root('<table><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>'),
    )
    expect(blocks.map((b) => b.text)).toEqual(['1 Kyle Busch 5040'])
  })

  it('measures how much of a block is link text', () => {
    const [linked, mixed] = collectBlocks(
      root('<p><a href="/a">Other story</a></p><p>Text and <a href="/b">link</a></p>'),
    )
    expect(linked!.linkShare).toBe(1)
    expect(mixed!.linkShare).toBeCloseTo(4 / 11)
  })
})
