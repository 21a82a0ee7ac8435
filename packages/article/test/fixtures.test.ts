import { describe, expect, it } from 'vitest'
import { fixtureNames, readExpectation, runFixture } from './fixtures'

describe('HTML fixtures', () => {
  const names = fixtureNames()

  it('has a fixture for each shape of news page', () => {
    expect(names.length).toBeGreaterThanOrEqual(12)
  })

  it.each(names)('%s', (name) => {
    const { input, ...expected } = readExpectation(name)
    expect(runFixture(name, input)).toEqual(expected)
  })
})
