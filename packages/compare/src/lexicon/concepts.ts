/**
 * Words and phrases that name one concept however an outlet puts it. Each concept becomes an extra
 * alignment key (`c:closure`), so `shut the doors` lines up with `behind closed doors` and `in
 * camera`. Opposites that answer one question (closed or public: was the hearing open?) belong to
 * one concept: two outlets answering it differently are what a facet should hold together.
 *
 * Entries are word forms as written (lower case), not stems: `close` stems like `closer` and
 * `closely`, and bare `open` is as often `opened fire` or `opened a cafeteria`, so ambiguous forms
 * appear only inside phrases. Keep entries to the vocabulary of news.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  closure: [
    'closed',
    'closing',
    'close off',
    'shut',
    'shuts',
    'shutting',
    'shut the doors',
    'behind closed doors',
    'closed-door',
    'in camera',
    'private',
    'gag',
    'gagged',
    'gag order',
    'secrecy',
    'classified',
    'sealed',
    'open court',
    'open to the public',
    'in public',
    'public',
  ],
  decision: [
    'decision',
    'decisions',
    'decide',
    'decided',
    'ruling',
    'ruled',
    'verdict',
    'judgment',
    'judgement',
  ],
  hearing: ['hearing', 'hearings', 'session', 'sessions', 'proceedings', 'trial'],
  lawsuit: [
    'sue',
    'sued',
    'suing',
    'lawsuit',
    'lawsuits',
    'filed suit',
    'legal action',
    'litigation',
    'injunction',
  ],
  death: [
    'kill',
    'killed',
    'killing',
    'dead',
    'die',
    'died',
    'death',
    'deaths',
    'fatal',
    'fatalities',
    'lost their lives',
  ],
  injury: ['injured', 'injuries', 'injury', 'wounded', 'hurt', 'hospitalised', 'hospitalized'],
  arrest: ['arrest', 'arrested', 'arrests', 'detained', 'taken into custody', 'held in custody'],
  revocation: ['revoke', 'revoked', 'cancel', 'cancelled', 'canceled', 'discontinue', 'rescind'],
  resignation: ['resign', 'resigned', 'resignation', 'quit', 'step down', 'stepped down'],
  fire: ['fire', 'blaze', 'flames', 'burned', 'burnt'],
  approval: ['approve', 'approved', 'passed', 'adopted', 'rejected', 'voted down'],
  surveillance: ['spy', 'spying', 'spyware', 'surveillance', 'hack', 'hacked', 'hacking'],
  contract: ['contract', 'contracts', 'deal', 'deals', 'agreement'],
}
