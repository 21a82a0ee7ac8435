// Rewrites every fixture's expected.json from what parseArticle returns now, keeping its input.
// Review the diff by hand before committing. Usage: pnpm exec tsx test/regenerate-fixtures.ts
import { existsSync, writeFileSync } from 'node:fs'
import { fixtureNames, fixturesDir, readExpectation, runFixture } from './fixtures'

for (const name of fixtureNames()) {
  const path = `${fixturesDir}${name}/expected.json`
  const input = existsSync(path) ? readExpectation(name).input : {}
  writeFileSync(path, `${JSON.stringify({ input, ...runFixture(name, input) }, null, 2)}\n`)
  console.log('wrote', name)
}
