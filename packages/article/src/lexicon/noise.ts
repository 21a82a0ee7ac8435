// What pages put inside an article's container that is not its prose, by element and by the words
// sites use in class names and ids. Matched case-insensitively as substrings.

// prettier-ignore
export const NOISE_TAGS: readonly string[] = [
  'figure', 'figcaption', 'picture', 'aside', 'nav', 'form', 'button', 'footer', 'iframe',
  'noscript', 'dialog', 'menu',
]

// prettier-ignore
export const NOISE_NAME_PARTS: readonly string[] = [
  'caption', 'credit', 'share', 'sharing', 'social', 'related', 'newsletter', 'subscribe',
  'subscription', 'byline', 'promo', 'advert', 'sponsor', 'recommend', 'read-more', 'readmore',
  'read-next', 'more-stories', 'most-read', 'most-popular', 'comment', 'author-bio', 'author-info',
  'timestamp', 'dateline', 'breadcrumb', 'paywall', 'signup', 'sign-up', 'tags', 'toolbar',
  'outbrain', 'taboola', 'disclaimer', 'copyright', 'print-only', 'visually-hidden', 'sr-only',
]
