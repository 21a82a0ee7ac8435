const IRREGULAR_NEGATIONS: Readonly<Record<string, string>> = {
  "can't": 'can',
  cannot: 'can',
  "won't": 'will',
  "shan't": 'shall',
}
const SUFFIX_WORDS: Readonly<Record<string, string>> = {
  re: 'are',
  ve: 'have',
  ll: 'will',
  m: 'am',
}

/**
 * Contractions written out (`didn't` → `did not`, `we're` → `we are`), so one quote printed with
 * and without them gives the same runs of words. `'s` and `'d` stay: each stands for two words.
 */
export function expandContractions(tokens: readonly string[]): string[] {
  const out: string[] = []
  for (const raw of tokens) {
    const token = raw.replace(/’/g, "'")
    const irregular = IRREGULAR_NEGATIONS[token]
    const negation = /^(\p{L}+)n't$/u.exec(token)
    const suffix = /^(\p{L}+)'(re|ve|ll|m)$/u.exec(token)
    if (irregular) out.push(irregular, 'not')
    else if (negation) out.push(negation[1]!, 'not')
    else if (suffix) out.push(suffix[1]!, SUFFIX_WORDS[suffix[2]!]!)
    else out.push(raw)
  }
  return out
}

/**
 * The contracted forms of pronouns and auxiliaries (`it's`, `they’re`, `didn't`, `won’t`), with
 * either apostrophe: function words too, however a paper's style writes them.
 */
function contractedFunctionWords(): string[] {
  const pronouns = 'i you he she it we they that there here what who where let'.split(' ')
  const auxiliaries =
    'is are was were do does did have has had could would should must need ca wo sha ai'.split(' ')
  const forms = [
    ...pronouns.flatMap((p) => ["'s", "'re", "'m", "'ve", "'ll", "'d"].map((s) => p + s)),
    ...auxiliaries.map((a) => `${a}n't`),
  ]
  return forms.flatMap((f) => [f, f.replace("'", '’')])
}

export const CONTRACTED_FUNCTION_WORDS: readonly string[] = contractedFunctionWords()
