import { defineConfig } from 'vitest/config'

// Every package and app, and the accuracy and cluster benchmarks (their tests hold the engines to a
// floor), is its own project, so `pnpm vitest run` from the root runs them all and
// `pnpm --filter @parallax/<name> test` runs one alone with the same settings.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'bench/accuracy', 'bench/cluster'],
  },
})
