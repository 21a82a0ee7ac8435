// Child process for the durability test: opens the store in the folder given, then creates stories
// and adds articles forever, printing `story <id>` or `article <story id> <article id>` once each
// write is acknowledged. The test kills it with SIGKILL at a random moment and checks that every
// printed write survived.
import { createStore } from '../src/index'
import { durableText, sampleNewArticle } from './samples'

// Without a reader there is no one to acknowledge to: stop rather than write on unobserved.
process.stdout.on('error', () => process.exit(1))

const [dataDir, round] = process.argv.slice(2)
const store = await createStore(`file://${dataDir}`)
process.stdout.write('ready\n')
for (let n = 0; ; n++) {
  // A new story every few articles, so kills land between a story and its first article too.
  const story = await store.createStory({ title: `Durability round ${round} story ${n}` })
  process.stdout.write(`story ${story.id}\n`)
  for (let i = 0; i < 3; i++) {
    const { article } = await store.addArticle(
      story.id,
      sampleNewArticle(durableText(`${round}-${n}-${i}`)),
    )
    process.stdout.write(`article ${story.id} ${article.id}\n`)
  }
}
