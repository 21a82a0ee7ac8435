import { defineConfig } from 'vitest/config'

// Every package and app, and the accuracy benchmark (its test holds the engine to a floor), is its
// own project, so `pnpm vitest run` from the root runs them all and
// `pnpm --filter @parallax/<name> test` runs one alone with the same settings.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'bench/accuracy'],
  },
})
