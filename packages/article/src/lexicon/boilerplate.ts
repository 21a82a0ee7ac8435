// Lines that news pages wrap around an article and that copy-paste drags along. Each pattern
// matches a whole line (after trimming), case-insensitively; a line matching one is not prose.

/** Calls to action and navigation: reading on, sharing, subscribing, following. */
export const CALL_TO_ACTION_LINES: readonly RegExp[] = [
  /^(?:read|see|click|tap|watch|listen)(?: here)?(?: to read)?(?: the)? (?:more|also|next|full story|full article|related|this)\b.{0,120}$/i,
  /^(?:you )?(?:might|may) (?:also )?(?:be interested|like|enjoy)\b.{0,80}$/i,
  /^(?:related|recommended|more|popular|trending|top|latest|most read|most popular)(?: stories| articles| news| coverage| reading| content| on [^.]{1,60}| from [^.]{1,60})?:?$/i,
  /^(?:also read|also see|read also|see also|don't miss|do not miss|editor's picks?)\b.{0,150}$/i,
  /^(?:share|share this|share on|share via|share article|share this (?:article|story|page))\b[^.!?]{0,80}$/i,
  /^(?:follow|like) us on\b.{0,80}$/i,
  /^(?:subscribe|sign up|register|log in|login|sign in)\b.{0,100}$/i,
  /^.{0,60}\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|alerts|updates)\b.{0,60}$/i,
  /^.{0,80}\b(?:subscribers? only|subscribe now|start your free trial|already a subscriber)\b.{0,80}$/i,
  /^(?:click|tap) here\b.{0,100}$/i,
  /^(?:advertisement|advertising|sponsored|sponsored content|promoted|ad)$/i,
  /^(?:comments?|\d+ comments?|leave a comment|post a comment|show comments|view comments)$/i,
  /^(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|reddit|telegram|pinterest|copy link)(?:[\s|,/·•]+(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|reddit|telegram|pinterest|copy link))*$/i,
  /^(?:back to top|skip to (?:main )?content|continue reading(?: below| here)?|load more|show more|story continues below|article continues below)\.?$/i,
  /^(?:have|got) a (?:news )?tip\b.{0,200}$/i,
  /^.{0,120}\b(?:may|can) be (?:reached|contacted) at\b.{0,160}$/i,
  /^follow (?:him|her|them|us|me|@\w+|[\p{Lu}][\p{L}.' -]{1,40}) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon)\b.{0,120}$/iu,
]

/** Names on share bars; a short line made mostly of them is a share bar whatever else it says. */
// prettier-ignore
export const SHARE_TARGETS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'email', 'e-mail', 'mail', 'print', 'reddit',
  'telegram', 'pinterest', 'pin', 'pint', 'tumblr', 'messenger', 'flipboard', 'sms', 'copy', 'link',
  'share', 'tweet', 'threads', 'bluesky', 'mastodon', 'vk', 'line', 'viber',
])

/** Credits and legal lines: photo credits, copyright, agency tags standing alone. */
export const CREDIT_LINES: readonly RegExp[] = [
  /^(?:photo|image|picture|video|credit|photograph|illustration|graphic|caption|file photo)s?(?: credit)?\s*[:|/-].{0,160}$/i,
  /^\(?(?:photo|image|picture)(?: by| credit)?[: ].{0,100}\)?$/i,
  /^.{0,160}\((?:photo|image|picture|credit|photo credit)s?:? [^)]{1,80}\)$/i,
  /^.{0,160}\b(?:getty images|reuters|ap photo|afp|shutterstock|epa|alamy|bloomberg)\/?[^.]{0,40}$/i,
  /^(?:©|\(c\)|copyright)\s.{0,160}$/i,
  /^.{0,200}\((?:[^()]{0,40}\b(?:photo|photograph|image|picture|illustration|video)s?\b[^()]{0,80})\)\.?$/i,
  /^all rights reserved\.?$/i,
  /^.{0,120}\ball rights reserved\.?$/i,
]

/** The most words a line without sentence-ending punctuation may have and still be a caption or label. */
export const FRAGMENT_MAX_WORDS = 12
