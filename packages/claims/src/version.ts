/**
 * The extraction's version: stored beside every article's claims, so claims extracted by an older
 * version are found and extracted again. Bumped whenever the output for any input changes.
 */
export const CLAIMS_VERSION = '1.4.3'
