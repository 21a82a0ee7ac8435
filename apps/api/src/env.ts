import type { OpenAPIHono } from '@hono/zod-openapi'
import type { FetchOptions } from '@parallax/fetch'
import type { Store } from '@parallax/store'
import type { RequestIdVariables } from 'hono/request-id'
import type { AnalysisPool } from './analysis/types'

/** What the routes need from outside: everything with a side effect is handed in. */
export interface AppDeps {
  store: Store
  /** For URL ingestion; `allowHosts` comes from PARALLAX_ALLOW_HOSTS in the server. */
  fetchOptions: FetchOptions
  pool: AnalysisPool
  /** The header a trusted proxy puts the client's address in (PARALLAX_CLIENT_IP_HEADER). */
  clientIpHeader?: string
}

export interface AppEnv {
  Variables: RequestIdVariables
}

export type Router = OpenAPIHono<AppEnv>
