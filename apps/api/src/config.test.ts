import { describe, expect, it } from 'vitest'
import { readConfig } from './config'

describe('readConfig', () => {
  it('needs nothing set: port 8787 on loopback and a PGlite folder in the repository', () => {
    expect(readConfig({}, '/repo')).toEqual({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: 'file:///repo/.data/parallax',
      allowHosts: [],
      parseTimeoutMs: 1500,
      parseMsPerMb: 6000,
      compareMsPerMb: 15_000,
      parseWorkers: 2,
      rateLimit: 120,
      rateLimitWindowMs: 60_000,
      clientIpHeader: undefined,
      webRoot: '/repo/apps/web/dist',
      logFormat: 'text',
      origins: [],
    })
  })

  it('reads every setting from the environment', () => {
    const config = readConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://db/parallax',
        PARALLAX_ALLOW_HOSTS: ' intranet.example:8080, 10.0.0.0/8 ,,',
        PARALLAX_PARSE_TIMEOUT_MS: '3000',
        PARALLAX_PARSE_MS_PER_MB: '2000',
        PARALLAX_COMPARE_MS_PER_MB: '1000',
        PARALLAX_PARSE_WORKERS: '1',
        PARALLAX_RATE_LIMIT: '0',
        PARALLAX_RATE_LIMIT_WINDOW_MS: '1000',
        PARALLAX_CLIENT_IP_HEADER: ' X-Forwarded-For ',
        PARALLAX_WEB_ROOT: '/srv/web',
        LOG_FORMAT: 'json',
        PARALLAX_ORIGINS: 'https://parallax.example, http://localhost:5173',
      },
      '/repo',
    )
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://db/parallax',
      allowHosts: ['intranet.example:8080', '10.0.0.0/8'],
      parseTimeoutMs: 3000,
      parseMsPerMb: 2000,
      compareMsPerMb: 1000,
      parseWorkers: 1,
      rateLimit: 0,
      rateLimitWindowMs: 1000,
      clientIpHeader: 'x-forwarded-for',
      webRoot: '/srv/web',
      logFormat: 'json',
      origins: ['https://parallax.example', 'http://localhost:5173'],
    })
  })

  it('refuses a worker pool with no workers', () => {
    expect(() => readConfig({ PARALLAX_PARSE_WORKERS: '0' }, '/repo')).toThrow(
      'PARALLAX_PARSE_WORKERS must be at least 1',
    )
  })

  it('refuses a rate limit window of zero', () => {
    expect(() => readConfig({ PARALLAX_RATE_LIMIT_WINDOW_MS: '0' }, '/repo')).toThrow(
      'PARALLAX_RATE_LIMIT_WINDOW_MS must be at least 1',
    )
  })

  it('refuses an allowed host whose port cannot be read, naming it', () => {
    expect(() => readConfig({ PARALLAX_ALLOW_HOSTS: 'wiki.corp:web' }, '/repo')).toThrow(
      'PARALLAX_ALLOW_HOSTS: allowHosts: "wiki.corp:web" has no valid port',
    )
  })

  it('refuses an origin with a path or a trailing slash', () => {
    for (const value of ['https://parallax.example/', 'parallax.example', 'ftp://x.example']) {
      expect(() => readConfig({ PARALLAX_ORIGINS: value }, '/repo')).toThrow(
        `PARALLAX_ORIGINS: "${value}" is not an origin`,
      )
    }
  })

  it('refuses a log format it does not know', () => {
    expect(() => readConfig({ LOG_FORMAT: 'xml' }, '/repo')).toThrow(
      'LOG_FORMAT must be "text" or "json", not "xml"',
    )
  })

  it('refuses a port that is not a whole number', () => {
    expect(() => readConfig({ PORT: 'eighty' }, '/repo')).toThrow('PORT must be a whole number')
  })
})
