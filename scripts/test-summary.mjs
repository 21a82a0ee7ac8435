// Sums every workspace project's vitest JSON report into one closing line, so a reader of CI
// output sees at a glance how many tests ran across the whole repository.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readdirSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
const missing = []
for (const group of ['packages', 'apps', 'bench']) {
  for (const name of readdirSync(group)) {
    const dir = join(group, name)
    if (!existsSync(join(dir, 'package.json'))) continue
    const report = join(dir, 'test-results', 'vitest.json')
    if (!existsSync(report)) {
      missing.push(dir)
      continue
    }
    const json = JSON.parse(readFileSync(report, 'utf8'))
    passed += json.numPassedTests
    failed += json.numFailedTests
    skipped += json.numPendingTests + (json.numTodoTests ?? 0)
  }
}
if (missing.length > 0) {
  console.error(`no test report from: ${missing.join(', ')}`)
  failed += missing.length
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0)
