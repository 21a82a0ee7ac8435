import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli'
import type { Comparison } from '@parallax/compare'
import type { CliIo } from './io'

const STORY = join(import.meta.dirname, '../../../packages/compare/test/stories/drone-contract')
const A = join(STORY, 'outlet-a.txt')
const B = join(STORY, 'outlet-b.txt')
const C = join(STORY, 'outlet-c.txt')

async function run(
  argv: string[],
  options: { color?: boolean; env?: Record<string, string> } = {},
) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    color: options.color ?? false,
    env: options.env ?? {},
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

describe('parallax compare', () => {
  it('prints facets by status for a terminal, differing words marked without colour', async () => {
    const { code, stdout, stderr } = await run([
      'compare',
      A,
      B,
      C,
      '--outlet',
      `${A}=Harbour Times`,
      '--outlet',
      'outlet-c.txt=Northern Post',
    ])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(
      /Where they diverge \(2\)[\s\S]*Where they agree \(1\)[\s\S]*Reported by one outlet only \(1\)/,
    )
    expect(stdout).toContain(
      'Harbour Times: The Ministry of Defence awarded the drone contract to Aerolift.',
    )
    // Without --outlet, a text file's outlet is its name: the parser finds none in plain text.
    expect(stdout).toContain('outlet-b: The Ministry of Defence (MoD) awarded the drone contract')
    expect(stdout).toContain('Northern Post: Opposition MP Clara Hughes called the tender rushed.')
    expect(stdout).toContain('[value]')
    expect(stdout).toContain('{+Skyward Systems+}')
    expect(stdout).toMatch(/\[-Aerolift-\]/)
    expect(stdout).not.toContain('\u001b[')
  })

  it('colours the output when asked to, and then drops the plain marks', async () => {
    const { stdout } = await run(['compare', A, B], { color: true })
    expect(stdout).toContain('\u001b[')
    expect(stdout).not.toContain('{+')
  })

  it('prints the comparison as JSON and as Markdown', async () => {
    const json = await run(['compare', A, B, '--json'])
    const comparison = JSON.parse(json.stdout)
    expect(comparison.version).toBe(1)
    expect(comparison.articles).toHaveLength(2)
    expect(comparison.facets[0].status).toBe('diverge')
    const markdown = await run(['compare', A, B, '--markdown'])
    expect(markdown.stdout).toMatch(/^# Comparison\n/)
    expect(markdown.stdout).toContain('## Where they diverge')
    expect(markdown.stdout).toMatch(/~~Aerolift~~|\*\*Skyward Systems\*\*/)
  })

  it('lines up the same quote in two outlets, in text and in Markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-quotes-'))
    const a = join(dir, 'a.txt')
    const b = join(dir, 'b.txt')
    writeFileSync(a, 'Bridge reopens\n\n“We will reopen the bridge in May,” said Maria Lopez.\n')
    writeFileSync(
      b,
      'Bridge to reopen\n\n“We will reopen the old bridge in May,” Maria Lopez said.\n',
    )
    const text = await run(['compare', a, b, '--outlet', 'a.txt=Post', '--outlet', 'b.txt=Times'])
    expect(text.stdout).toContain('Quotes (1)')
    expect(text.stdout).toContain('≈ altered')
    expect(text.stdout).toContain('Post, Maria Lopez: “We will reopen the bridge in May”')
    // The diff runs from the first quote to the other, in the order the comparison keeps.
    expect(text.stdout).toMatch(/Diff: We will reopen the (\{\+old\+\}|\[-old-\]) bridge in May/)
    const markdown = await run(['compare', a, b, '--markdown'])
    expect(markdown.stdout).toContain('## Quotes (1)')
    expect(markdown.stdout).toContain(
      '- **b, Maria Lopez**: “We will reopen the old bridge in May”',
    )
  })

  it('numbers outlets that share a name, and names them so in every explanation', async () => {
    const { stdout } = await run([
      'compare',
      A,
      B,
      '--outlet',
      `${A}=Post`,
      '--outlet',
      `${B}=Post`,
    ])
    expect(stdout).toContain('Post (1):')
    expect(stdout).toContain('Post (2):')
    expect(stdout).not.toMatch(/Post(?! \([12]\))/)
  })

  it('reports progress on stderr for many inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'))
    const files = ['a', 'b', 'c', 'd', 'e'].map((name, i) => {
      const file = join(dir, `${name}.txt`)
      writeFileSync(file, `Story ${name}\n\nThe council approved ${i + 2} new parks on Monday.\n`)
      return file
    })
    const { code, stderr } = await run(['compare', ...files, '--json'])
    expect(code).toBe(0)
    expect(stderr).toContain('reading 1/5')
    expect(stderr).toContain('comparing 5 articles')
  })

  it.each([
    [['compare', A], /2 to 100 files/],
    [['compare', A, B, '--json', '--markdown'], /one output format/],
    [['compare', A, B, '--outlet', 'nope.txt=X'], /not one of the inputs/],
    [['compare', A, B, '--outlet', 'no-equals'], /<input>=<name>/],
    [
      ['compare', A, `${STORY}/../bridge-vote/outlet-a.txt`, '--outlet', 'outlet-a.txt=X'],
      /more than one input/,
    ],
    [['compare', A, B, '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /Usage:/],
    [['parse'], /parse takes one file/],
  ])('exits 2 with usage for %j', async (argv, message) => {
    const { code, stderr, stdout } = await run(argv)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stdout).toBe('')
  })

  it('exits 3 naming the file and the reason for bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'))
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '   \n')
    const binary = join(dir, 'latin1.txt')
    writeFileSync(binary, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]))
    const missing = join(dir, 'missing.txt')
    for (const [input, reason] of [
      [missing, 'no such file'],
      [dir, 'not a file'],
      [empty, ''],
      [binary, 'not UTF-8'],
    ] as const) {
      const { code, stderr } = await run(['compare', A, input])
      expect(code, input).toBe(3)
      expect(stderr).toContain(input)
      expect(stderr).toContain(reason)
    }
    const twice = await run(['compare', A, A])
    expect(twice.code).toBe(3)
    expect(twice.stderr).toContain('the same article is given twice')
  })

  it('exits 4 when a URL cannot be fetched, without reaching private hosts', async () => {
    const { code, stderr } = await run(['compare', A, 'http://127.0.0.1:9/story'])
    expect(code).toBe(4)
    expect(stderr).toContain('http://127.0.0.1:9/story')
    expect(stderr).toContain('reading 2/2')
  })
})

describe('parallax compare on HTML and URLs', () => {
  const page = (title: string, body: string) =>
    `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="City Courier"></head>` +
    `<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${body
      .split('\n\n')
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`

  it('reads .html files as pages and fetches allowed URLs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'))
    const html = join(dir, 'courier.html')
    writeFileSync(html, page('MoD picks Skyward Systems for drones', readFileSync(B, 'utf8')))
    const fromFile = await run(['compare', A, html, '--json'])
    expect(fromFile.code).toBe(0)
    const comparison = JSON.parse(fromFile.stdout) as Comparison
    expect(comparison.articles[1]!.outlet).toBe('City Courier')
    expect(comparison.facets.map((f) => f.kinds)).toEqual([['hedge'], ['value'], []])

    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(page('MoD picks Skyward Systems for drones', readFileSync(B, 'utf8')))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/drones`
    try {
      const refused = await run(['compare', A, url, '--json'])
      expect(refused.code).toBe(4)
      const allowed = await run(['compare', A, url, '--json'], {
        env: { PARALLAX_ALLOW_HOSTS: `127.0.0.1:${(server.address() as AddressInfo).port}` },
      })
      expect(allowed.stderr).toContain(`reading 2/2 ${url}`)
      expect(allowed.code).toBe(0)
      const fetched = JSON.parse(allowed.stdout) as Comparison
      expect(fetched.articles[1]!.url).toBe(url)
      const statuses = (c: Comparison) => c.facets.map((f) => `${f.status} ${f.kinds.join(',')}`)
      expect(statuses(fetched)).toEqual(statuses(comparison))
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('parallax parse', () => {
  it('prints one article as JSON, or its sentences as text', async () => {
    const json = await run(['parse', A, '--json'])
    expect(json.code).toBe(0)
    const article = JSON.parse(json.stdout)
    expect(article.title).toBe('Ministry of Defence awards drone contract')
    expect(article.sentences).toHaveLength(3)
    const text = await run(['parse', A])
    expect(text.stdout).toContain(
      '  0  The Ministry of Defence awarded the drone contract to Aerolift.',
    )
  })

  it('prints help on request', async () => {
    const { code, stdout } = await run(['compare', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('parallax compare')
  })
})
