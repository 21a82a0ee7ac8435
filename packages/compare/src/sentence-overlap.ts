import { contentStems, type ClaimNode } from './features'

/** A claim's sentence, as `article:sentence`: the facts of one sentence share it. */
export const sentenceOf = (node: ClaimNode): string => `${node.articleIndex}:${node.claim.sentence}`

/** A unit-length TF-IDF vector: term ids in increasing order, with their weights. */
interface Vector {
  terms: Int32Array
  weights: Float64Array
}

/**
 * How much two claims' whole sentences share in words, each word weighted by how rare it is in
 * the story (TF-IDF cosine, 0 to 1). A fact's own keys decide how alike two facts are; this sees
 * what they leave out, the rest of the sentence around them, so two sentences worded alike point
 * to each other even where their facts were cut differently.
 */
export function sentenceOverlap(
  nodes: readonly ClaimNode[],
): (a: ClaimNode, b: ClaimNode) => number {
  const ids = new Map<string, number>()
  // A main fact's text is its whole sentence.
  const counts = new Map<string, Map<number, number>>()
  for (const node of nodes) {
    if (node.claim.fact !== 'main') continue
    const tf = new Map<number, number>()
    for (const s of contentStems(node.claim.text)) {
      let id = ids.get(s)
      if (id === undefined) ids.set(s, (id = ids.size))
      tf.set(id, (tf.get(id) ?? 0) + 1)
    }
    counts.set(sentenceOf(node), tf)
  }
  const df = new Float64Array(ids.size)
  for (const tf of counts.values()) for (const id of tf.keys()) df[id]!++
  const bySentence = new Map<string, Vector>()
  for (const [sentence, tf] of counts) {
    const terms = Int32Array.from([...tf.keys()].sort((x, y) => x - y))
    const weights = Float64Array.from(terms, (id) => tf.get(id)! * Math.log(counts.size / df[id]!))
    let length = 0
    for (const w of weights) length += w * w
    length = Math.sqrt(length)
    if (length === 0) continue
    for (let k = 0; k < weights.length; k++) weights[k]! /= length
    bySentence.set(sentence, { terms, weights })
  }
  const byOrder: (Vector | undefined)[] = []
  for (const node of nodes) byOrder[node.order] = bySentence.get(sentenceOf(node))
  return (a, b) => {
    const x = byOrder[a.order]
    const y = byOrder[b.order]
    return x && y ? dot(x, y) : 0
  }
}

function dot(x: Vector, y: Vector): number {
  let sum = 0
  for (let i = 0, j = 0; i < x.terms.length && j < y.terms.length;) {
    const d = x.terms[i]! - y.terms[j]!
    if (d === 0) sum += x.weights[i++]! * y.weights[j++]!
    else if (d < 0) i++
    else j++
  }
  return sum
}
