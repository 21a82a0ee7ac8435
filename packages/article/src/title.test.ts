import { describe, expect, it } from 'vitest'
import { stripSiteName } from './title'

describe('stripSiteName', () => {
  it.each<[string, string | undefined, string]>([
    ['Port workers strike | Harbor Daily', 'Harbor Daily', 'Port workers strike'],
    ['Drought forces sales - Valley Courier', 'Valley Courier', 'Drought forces sales'],
    ['NJ.com: Meth. We’re on it', 'nj.com', 'Meth. We’re on it'],
    [
      'Amnesty vs. NSO: Does the Firm Have an Export License?',
      'Calcalist',
      'Amnesty vs. NSO: Does the Firm Have an Export License?',
    ],
    ['Harbor Daily', 'Harbor Daily', 'Harbor Daily'],
    ['Port workers strike', undefined, 'Port workers strike'],
  ])('%j', (title, outlet, expected) => {
    expect(stripSiteName(title, outlet)).toBe(expected)
  })
})
