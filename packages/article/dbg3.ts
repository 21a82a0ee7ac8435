import { parseArticle } from './src/index'
for (const n of [200, 400, 800, 1200]) {
  const t = performance.now()
  try {
    parseArticle({
      html:
        '<div>'.repeat(n) +
        'The court met on Monday and the ministry said it would appeal it soon. '.repeat(5) +
        '</div>'.repeat(n),
    })
  } catch (e) {
    console.log((e as Error).message)
  }
  console.log(n, Math.round(performance.now() - t))
}
