import { describe, expect, it } from 'vitest'
import { CLAIMS_VERSION } from './index'

describe('CLAIMS_VERSION', () => {
  it('is a version string for stored claims, never empty (empty marks claims of no known version)', () => {
    expect(CLAIMS_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
