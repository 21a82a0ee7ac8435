/**
 * Words and phrases that name one concept however an outlet puts it. Each concept becomes an extra
 * alignment key (`c:arrest`), so `arrested` lines up with `taken into custody` and `indicted` with
 * `charged`. Opposites that answer one question (closed or public: was the hearing open?) belong
 * to one concept: two outlets answering it differently are what a facet should hold together.
 * The sets are the general vocabulary of news events (courts, elections, legislatures, crime,
 * money), not the words of any one story.
 *
 * Entries are word forms as written (lower case), not stems: `close` stems like `closer` and
 * `closely`, and bare `open` is as often `opened fire` or `opened a cafeteria`, so ambiguous forms
 * appear only inside phrases. Keep entries to the vocabulary of news.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  // Whether proceedings are open: one question, answered either way.
  closure: [
    'behind closed doors',
    'closed-door',
    'closed doors',
    'in camera',
    'in private',
    'open court',
    'in public',
    'open to the public',
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
  ],
  hearing: ['hearing', 'hearings', 'proceedings', 'trial'],
  lawsuit: [
    'sue',
    'sued',
    'suing',
    'lawsuit',
    'lawsuits',
    'filed suit',
    'legal action',
    'litigation',
  ],
  charge: [
    'charge',
    'charged',
    'charges',
    'indict',
    'indicted',
    'indictment',
    'accused of',
    'prosecute',
    'prosecuted',
    'prosecution',
  ],
  arrest: ['arrest', 'arrested', 'arrests', 'detained', 'taken into custody', 'in custody'],
  conviction: ['convicted', 'conviction', 'found guilty', 'pleaded guilty', 'guilty plea'],
  sentence: ['sentenced', 'prison term', 'years in prison', 'jail term'],
  death: ['kill', 'killed', 'killing', 'dead', 'die', 'died', 'death', 'deaths', 'fatal'],
  injury: ['injured', 'injuries', 'injury', 'wounded', 'hurt', 'hospitalized', 'hospitalised'],
  resignation: [
    'resign',
    'resigned',
    'resigning',
    'resignation',
    'quit',
    'step down',
    'stepped down',
    'step aside',
  ],
  dismissal: ['fired', 'sacked', 'dismissed', 'terminated', 'ousted', 'removed from'],
  election: [
    'elected',
    'reelected',
    're-elected',
    'election',
    'reelection',
    're-election',
    'won the race',
  ],
  candidacy: [
    'run for',
    'running for',
    'seek re-election',
    'seek reelection',
    'candidacy',
    'candidate',
  ],
  vote: ['vote', 'voted', 'votes', 'voting', 'ballot', 'roll call'],
  approval: ['approve', 'approved', 'passed', 'adopted', 'rejected', 'voted down'],
  veto: ['veto', 'vetoed', 'override', 'overrode', 'overridden', 'overrule'],
  signing: ['sign', 'signed', 'signing', 'signs into law'],
  denial: ['deny', 'denied', 'denies', 'denial', 'rejected the claim', 'dismissed the claim'],
  investigation: ['investigate', 'investigated', 'investigation', 'inquiry', 'probe', 'probing'],
  payment: [
    'pay',
    'paid',
    'payment',
    'payments',
    'paycheck',
    'paychecks',
    'back pay',
    'compensated',
  ],
  funding: ['fund', 'funds', 'funding', 'funded', 'money', 'appropriation', 'appropriations'],
  settlement: ['settle', 'settled', 'settlement', 'settlements'],
  agreement: ['deal', 'deals', 'agreement', 'compromise', 'accord'],
  announcement: ['announce', 'announced', 'announcement', 'declared', 'unveiled'],
  comment: ['comment', 'commented', 'respond', 'responded', 'reply', 'replied', 'statement'],
}
