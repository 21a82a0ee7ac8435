import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveWebApp } from './static'

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parallax-web-'))
  await mkdir(join(root, 'assets'))
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Parallax</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('serveWebApp', () => {
  it('serves files, falls back to index.html for app routes, and leaves /api alone', async () => {
    const app = new Hono()
    app.get('/api/known', (c) => c.json({ ok: true }))
    expect(serveWebApp(app, root)).toBe(true)
    app.notFound((c) => c.json({ error: { code: 'NOT_FOUND' } }, 404))

    const script = await app.request('/assets/app.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(await script.text()).toBe('console.log(1)')

    for (const path of ['/', '/stories/123']) {
      const page = await app.request(path)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<title>Parallax</title>')
    }
    expect((await app.request('/api/known')).status).toBe(200)
    const unknown = await app.request('/api/unknown')
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ error: { code: 'NOT_FOUND' } })
    expect((await app.request('/../../etc/passwd')).status).not.toBe(500)
  })

  it('reports a missing build', () => {
    expect(serveWebApp(new Hono(), join(root, 'nothing'))).toBe(false)
  })
})
