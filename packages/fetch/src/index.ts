// Fetching
export { fetchUrl } from './fetch-url'
export { parseAllowList, addressRefusal } from './address-policy'

// Types
export type { FetchedPage, FetchOptions, LookupFn, ResolvedAddress } from './types'
export type { AllowList } from './address-policy'

// Errors
export { FetchError } from './errors'
export type { FetchErrorCode } from './errors'
