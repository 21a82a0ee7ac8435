import { describe, expect, it } from 'vitest'
import { countWords, isBoilerplateLine } from './boilerplate'

describe('isBoilerplateLine', () => {
  it.each([
    'Saudi crown prince Mohammed bin Salman',
    'You might be interested also',
    'Read more: Court rules on NSO license',
    'READ MORE',
    'Share this article',
    'Share on Facebook',
    'Facebook Twitter WhatsApp Email',
    'Whatsapp Facebook Pint Baixar',
    'Subscribe now for unlimited access.',
    'Sign up for our free newsletter to get the latest news every morning.',
    'Follow us on Twitter',
    'Photo: Reuters',
    'The judge at the hearing (Photo: Getty Images)',
    '© 2024 Harbor Daily. All rights reserved.',
    'Advertisement',
    'Have a tip? Email the newsroom at tips@example.com.',
    'Dana Whitfield can be reached at dana@example.com.',
  ])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it.each([
    'He resigned.',
    'Share prices fell 5% on Monday.',
    'Read the ruling, the judge told lawyers, before you appeal it in the supreme court next week.',
    'The company told Reuters that it had complied with every export rule that applied to it.',
    'Amnesty says the UN guidelines are a fig leaf and that nothing has changed.',
    'Subscribers to the service were told on Monday that their data had been exposed in the breach, which affected millions.',
  ])('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false)
  })
})

describe('countWords', () => {
  it('counts words, and Chinese or Japanese by characters', () => {
    expect(countWords("NSO's license, vs. Amnesty 1,400")).toBe(5)
    expect(countWords('東京都の会議')).toBe(3)
    expect(countWords('')).toBe(0)
  })
})
