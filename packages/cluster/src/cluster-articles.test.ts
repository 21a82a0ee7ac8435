import { describe, expect, it } from 'vitest'
import { article, shuffled } from '../test/articles'
import type { Article } from '@parallax/article'
import { ClusterError, clusterArticles, type Clustering } from './index'

// Two events with the same senator, weeks apart, and a third event on another subject: written
// here to test the mechanism (accuracy is measured on real news in bench/cluster).
const bridgeA = article({
  outlet: 'Harbour Times',
  title: 'Senator Alvarez backs Riverside bridge toll in committee vote',
  body: `Senator Marta Alvarez voted on Tuesday to approve a toll on the new Riverside bridge, breaking with her party in the transport committee.
The toll of four dollars would pay for the bridge's maintenance, Alvarez said after the committee vote.
Opponents of the Riverside toll said commuters from the eastern suburbs would pay the most.`,
})
const bridgeB = article({
  outlet: 'Northern Post',
  title: 'Alvarez breaks with party on Riverside toll',
  body: `Marta Alvarez, the state senator, sided with the committee majority to impose a Riverside bridge toll.
The four-dollar toll will fund maintenance of the bridge, according to the committee's report.
Commuter groups from the eastern suburbs protested the toll vote outside the committee room.`,
})
const bridgeC = article({
  outlet: 'City Ledger',
  title: 'Riverside bridge toll clears transport committee',
  body: `A toll on the Riverside bridge cleared the transport committee after Senator Marta Alvarez joined the majority.
Eastern suburbs commuters would pay four dollars a crossing to fund bridge maintenance.
The toll vote now goes to the full senate.`,
})
const donorA = article({
  outlet: 'Harbour Times',
  title: 'Alvarez returns campaign donations from casino developer',
  body: `Senator Marta Alvarez returned campaign donations from a casino developer under investigation by the ethics board.
The developer, Keystone Gaming, gave her campaign twelve thousand dollars last spring.
Alvarez said she had not known of the ethics inquiry when the casino donations arrived.`,
})
const donorB = article({
  outlet: 'Northern Post',
  title: 'Ethics board inquiry prompts Alvarez to give back casino money',
  body: `Marta Alvarez gave back twelve thousand dollars her campaign took from Keystone Gaming, the casino developer.
The ethics board is investigating Keystone Gaming's donations to several senators.
Alvarez told reporters the casino donations were returned the day she learned of the inquiry.`,
})
const floodA = article({
  outlet: 'City Ledger',
  title: 'Flood barrier fails as river rises in Millbrook',
  body: `A flood barrier in Millbrook failed overnight as the river rose two metres, flooding forty homes.
Engineers said the barrier's pumps lost power when the storm cut the electricity.
Residents of Millbrook were moved to the school gym until the water recedes.`,
})
const floodB = article({
  outlet: 'Harbour Times',
  title: 'Millbrook homes flooded after barrier pumps lose power',
  body: `Forty homes in Millbrook were flooded when the flood barrier's pumps lost power during the storm.
The river rose two metres overnight, engineers said.
Families spent the night in the school gym as the water began to recede.`,
})
const all = [bridgeA, bridgeB, bridgeC, donorA, donorB, floodA, floodB]

function storyOf(clustering: Clustering): Map<string, string> {
  const out = new Map<string, string>()
  for (const s of clustering.stories) for (const a of s.articles) out.set(a.article, s.id)
  return out
}

describe('clusterArticles', () => {
  it('puts each event in one story and keeps two events of one senator apart', () => {
    const result = clusterArticles(all)
    const story = storyOf(result)
    expect(result.stories).toHaveLength(3)
    expect(new Set([bridgeA, bridgeB, bridgeC].map((a) => story.get(a.id))).size).toBe(1)
    expect(new Set([donorA, donorB].map((a) => story.get(a.id))).size).toBe(1)
    expect(story.get(bridgeA.id)).not.toBe(story.get(donorA.id))
    expect(story.get(floodA.id)).toBe(story.get(floodB.id))
    expect(result.stories.map((s) => s.articles.length)).toEqual([3, 2, 2])
    expect(result.stories.every((s) => s.origins === s.articles.length)).toBe(true)
  })

  it('gives the same bytes whatever the input order', () => {
    const expected = JSON.stringify(clusterArticles(all))
    for (let seed = 1; seed <= 20; seed++) {
      expect(JSON.stringify(clusterArticles(shuffled(all, seed)))).toBe(expected)
    }
  })

  it('labels a story with one of its headlines and names it by its articles', () => {
    const [bridge] = clusterArticles(all).stories
    expect([bridgeA.title, bridgeB.title, bridgeC.title]).toContain(bridge!.label)
    const alone = clusterArticles([bridgeA, bridgeB, bridgeC]).stories[0]!
    expect(alone.id).toBe(bridge!.id)
    expect(alone.id).toMatch(/^story-[0-9a-f]{16}$/)
  })

  it('keeps articles apart when their dates are further apart than allowed', () => {
    const dated = (a: Article, published: string) =>
      article({ outlet: a.outlet, title: a.title, body: a.body, published })
    const early = dated(floodA, '2020-03-01')
    const late = dated(floodB, '2020-04-15')
    expect(clusterArticles([early, late]).stories).toHaveLength(2)
    expect(clusterArticles([early, late], { maxDaysApart: 60 }).stories).toHaveLength(1)
    const near = dated(floodB, '2020-03-03')
    expect(clusterArticles([early, near]).stories).toHaveLength(1)
  })

  it('makes a story of one article, and of no articles no story', () => {
    expect(clusterArticles([]).stories).toEqual([])
    const [only] = clusterArticles([floodA]).stories
    expect(only!.articles).toEqual([{ article: floodA.id, origin: floodA.id }])
    expect(only!.label).toBe(floodA.title)
  })

  it('refuses the same article twice and options out of range', () => {
    expect(() => clusterArticles([floodA, floodB, floodA])).toThrow(ClusterError)
    expect(() => clusterArticles([floodA, floodA])).toThrow(/given twice/)
    expect(() => clusterArticles(all, { threshold: 0 })).toThrow(/threshold/)
    expect(() => clusterArticles(all, { cohesion: 2 })).toThrow(/cohesion/)
    expect(() => clusterArticles(all, { maxDaysApart: -1 })).toThrow(/maxDaysApart/)
    try {
      clusterArticles([floodA, floodA])
    } catch (error) {
      expect((error as ClusterError).toJSON().code).toBe('DUPLICATE_ARTICLE')
    }
  })
})
