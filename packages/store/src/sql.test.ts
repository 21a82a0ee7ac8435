import { describe, expect, it } from 'vitest'
import { containsPattern, isUuid } from './sql'

describe('containsPattern', () => {
  it('escapes the LIKE wildcards and the escape character itself', () => {
    expect(containsPattern('100%')).toBe('%100\\%%')
    expect(containsPattern('snake_case')).toBe('%snake\\_case%')
    expect(containsPattern('back\\slash')).toBe('%back\\\\slash%')
    expect(containsPattern('plain words')).toBe('%plain words%')
  })
})

describe('isUuid', () => {
  it('accepts uuids in either case and nothing else', () => {
    expect(isUuid('0B6F6D0E-8C1F-4A55-9A43-1C1D1F0E2A3B')).toBe(true)
    expect(isUuid('0b6f6d0e-8c1f-4a55-9a43-1c1d1f0e2a3')).toBe(false)
    expect(isUuid(' 0b6f6d0e-8c1f-4a55-9a43-1c1d1f0e2a3b')).toBe(false)
    expect(isUuid(42)).toBe(false)
  })
})
