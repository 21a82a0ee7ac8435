import { similarity, type ClaimNode } from './features'

/** Claims from several articles that answer one question: the raw form of a facet. */
export interface ClaimGroup {
  members: ClaimNode[]
  /** How many members each article (canonical index) has in the group. */
  perArticle: Map<number, number>
}

/** Two claims count as answering the same question from this similarity up. */
export const ALIGN_THRESHOLD = 0.25
/** A facet is one question: it holds at most this many sentences of one outlet. */
const MAX_PER_ARTICLE = 2
/** A claim is scored against at most this many members of a group, so big groups stay cheap. */
const REPRESENTATIVES = 4
/** The rarest keys of a claim pick its candidate groups; common keys find everything and decide nothing. */
const QUERY_KEYS = 10
const CANDIDATE_GROUPS = 12
/** A key that many groups share is skipped when picking candidates: it cannot tell them apart. */
const MAX_POSTINGS = 400

interface Index {
  groups: ClaimGroup[]
  /** The group each claim (by order) is in. */
  groupOf: Map<number, number>
  postings: Map<string, number[]>
  groupKeys: Set<string>[]
}

function queryKeys(node: ClaimNode): [string, number][] {
  return [...node.all]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, QUERY_KEYS)
}

/** The best group from another outlet for this claim, with its score, or undefined when none is close. */
function bestGroup(
  index: Index,
  node: ClaimNode,
  exclude?: number,
): { group: number; score: number } | undefined {
  const accumulated = new Map<number, number>()
  for (const [key, weight] of queryKeys(node)) {
    const posting = index.postings.get(key)
    if (!posting || posting.length > MAX_POSTINGS) continue
    for (const g of posting) accumulated.set(g, (accumulated.get(g) ?? 0) + weight)
  }
  // Only groups that hold another outlet's claims can take this one: filtering them first keeps
  // the candidate slots for groups that can.
  const elsewhere = (g: number) => {
    const { perArticle } = index.groups[g]!
    return perArticle.size > (perArticle.has(node.articleIndex) ? 1 : 0)
  }
  const candidates = [...accumulated]
    .filter(([g]) => g !== exclude && elsewhere(g))
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, CANDIDATE_GROUPS)

  let best: { group: number; score: number } | undefined
  for (const [g] of candidates) {
    const group = index.groups[g]!
    if ((group.perArticle.get(node.articleIndex) ?? 0) >= MAX_PER_ARTICLE) continue
    // The mean, not the best, over the other outlets' members: a claim must fit the question,
    // not just one sentence in it, or groups grow by chaining.
    let total = 0
    let compared = 0
    for (const member of group.members) {
      if (member.articleIndex === node.articleIndex) continue
      total += similarity(node, member)
      if (++compared >= REPRESENTATIVES) break
    }
    const score = compared > 0 ? total / compared : 0
    if (compared === 0 || score < ALIGN_THRESHOLD) continue
    if (!best || score > best.score || (score === best.score && g < best.group))
      best = { group: g, score }
  }
  return best
}

/**
 * A sentence that names again what the one before it introduced (`… an unidentified country.
 * According to estimates, the country is Saudi Arabia.`) stays with that sentence's question when
 * other outlets answer it too, even if its own words match something else better.
 */
function continuedGroup(
  index: Index,
  node: ClaimNode,
): { group: number; score: number } | undefined {
  if (node.continues === undefined) return undefined
  const g = index.groupOf.get(node.continues)
  if (g === undefined) return undefined
  const group = index.groups[g]!
  const otherOutlets = group.perArticle.size - (group.perArticle.has(node.articleIndex) ? 1 : 0)
  // A continuation completes a sentence already in the group, so it may take one place past the cap.
  const own = group.perArticle.get(node.articleIndex) ?? 0
  if (otherOutlets === 0 || own > MAX_PER_ARTICLE) return undefined
  return { group: g, score: ALIGN_THRESHOLD }
}

function addToGroup(index: Index, g: number, node: ClaimNode): void {
  const group = index.groups[g]!
  group.members.push(node)
  index.groupOf.set(node.order, g)
  group.perArticle.set(node.articleIndex, (group.perArticle.get(node.articleIndex) ?? 0) + 1)
  const keys = index.groupKeys[g]!
  for (const key of node.own.keys()) {
    if (keys.has(key)) continue
    keys.add(key)
    const posting = index.postings.get(key)
    if (posting) posting.push(g)
    else index.postings.set(key, [g])
  }
}

/**
 * Groups the claims of all articles into questions. Each claim (in canonical order) joins the group
 * it is most similar to among those holding another outlet's claims, found through an inverted
 * index over its rarest keys, so the cost grows with the number of claims rather than its square.
 * A second pass lets claims that started a group alone join a group formed after them.
 */
export function groupClaims(nodes: ClaimNode[]): ClaimGroup[] {
  const index: Index = { groups: [], groupOf: new Map(), postings: new Map(), groupKeys: [] }
  for (const node of nodes) {
    const best = continuedGroup(index, node) ?? bestGroup(index, node)
    if (best) {
      addToGroup(index, best.group, node)
    } else {
      index.groups.push({ members: [], perArticle: new Map() })
      index.groupKeys.push(new Set())
      addToGroup(index, index.groups.length - 1, node)
    }
  }

  index.groups.forEach((group, g) => {
    if (group.members.length !== 1) return
    const node = group.members[0]!
    const best = continuedGroup(index, node) ?? bestGroup(index, node, g)
    if (!best) return
    // Emptied, a group can no longer be chosen: it has no members to be scored against.
    group.members = []
    group.perArticle.clear()
    addToGroup(index, best.group, node)
  })
  return index.groups
    .filter((group) => group.members.length > 0)
    .map((group) => ({ ...group, members: [...group.members].sort((a, b) => a.order - b.order) }))
}
