/**
 * Words that say nothing about which event an article reports: function words, reporting verbs,
 * days and months (outlets date the same event differently) and the vocabulary of news writing.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against ago all almost also although am among an and another any are
  around as at away back be became because become been before being below between both but by came
  can cannot could did do does doing done down during each either else even ever every few for from
  further get gets getting got had has have having he her here hers herself him himself his how however
  i if in into is it its itself just last later least less like made make makes many may me might more
  most much must my myself near neither never new next no nor not now of off often on once one only
  onto or other others otherwise our ours ourselves out over own per perhaps rather really same see
  seen she should since so some still such than that the their theirs them themselves then there
  these they thing things this those though through thus to too toward towards under until up upon
  us very via was way we well were what whatever when where whether which while who whom whose why
  will with within without would yet you your yours yourself yourselves
  said says say saying told tell tells telling according added adding asked ask asks called calls
  call noted reported report reports statement statements interview spokesman spokeswoman
  mr mrs ms dr
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks
  weekend day days month months year years time times morning afternoon evening night
  january february march april june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  two three four five six seven eight nine ten first second third many several including
  people percent including going want wanted think know knew come comes take took`
    .split(/\s+/)
    .filter(Boolean),
)
