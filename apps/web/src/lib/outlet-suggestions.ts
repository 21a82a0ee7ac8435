// Outlet names a pasted text gives itself away by, offered to the reader to pick from (never
// chosen for them: a text also names the rivals it cites).

/** Last words that make a capitalised name a news outlet's. */
const OUTLET_NOUNS =
  'Post|HuffPost|Times|News|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Press|Chronicle|Globe|Observer|Independent|Magazine|Review|Reuters|Bloomberg|Politico|Axios'

const NAMED_OUTLET = new RegExp(`\\b((?:[A-Z][\\w’'.-]*\\s){0,3}(?:${OUTLET_NOUNS}))\\b`, 'g')
// "WASHINGTON (AP) —": the agency in a dateline.
const DATELINE_AGENCY = /^[A-Z][A-Z .,'’-]+\(([A-Z][\w .&'’-]{0,40})\)\s*[—–-]/gm
const COPYRIGHT = /(?:©|Copyright)\s*(?:\d{4}\s+)?([A-Z][\w .&'’-]{1,40}?)(?=[.,;\n]|$)/g
// A sentence's first word ("In", "According") is no part of the name; "The" may be.
const LEADING_WORD = /^(?:A|An|In|On|At|By|To|For|And|But|Told|According|Later|As)$/

const MAX_SUGGESTIONS = 3

function clean(name: string): string {
  const words = name.trim().split(/\s+/)
  while (words.length > 1 && LEADING_WORD.test(words[0]!)) words.shift()
  return words.join(' ')
}

/** Up to three outlet names the text names, in the order it first names them. */
export function outletSuggestions(text: string): string[] {
  const found: { name: string; at: number }[] = []
  for (const pattern of [DATELINE_AGENCY, COPYRIGHT, NAMED_OUTLET]) {
    for (const match of text.matchAll(pattern)) {
      const name = clean(match[1] ?? '')
      if (name.length > 1) found.push({ name, at: match.index })
    }
  }
  const names: string[] = []
  for (const { name } of found.sort((a, b) => a.at - b.at)) {
    const key = name.replace(/^The\s/, '').toLowerCase()
    if (!names.some((n) => n.replace(/^The\s/, '').toLowerCase() === key)) names.push(name)
  }
  return names.slice(0, MAX_SUGGESTIONS)
}
