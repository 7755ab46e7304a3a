import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openInside, type Found } from '../../src/dev/open-inside.js'

let base: string
let root: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'policyc-open-'))
  root = join(base, 'dist')
  await mkdir(join(root, 'policy', 'eea'), { recursive: true })
  await writeFile(join(root, 'index.html'), 'home')
  await writeFile(join(root, 'policy', 'eea', 'index.html'), 'eea')
  await writeFile(join(root, 'policy', 'policy.json'), '{}')
  await writeFile(join(base, 'secret.txt'), 'secret')
  await mkdir(join(base, 'outside'))
  await writeFile(join(base, 'outside', 'index.html'), 'outside')
  await symlink(join(base, 'secret.txt'), join(root, 'link-out.txt'))
  await symlink(join(base, 'outside'), join(root, 'dir-out'))
  await symlink(join(root, 'index.html'), join(root, 'link-in.html'))
  await mkdir(join(root, 'no-index'))
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

/** Opens, closes the handle, and keeps what the test looks at. */
async function open(segments: string[], folder = false): Promise<Omit<Found, 'handle'> & { text?: string }> {
  const found = await openInside(root, segments, folder)
  if (found.kind !== 'file') return found
  const text = await found.handle.readFile('utf8')
  await found.handle.close()
  return { kind: 'file', path: found.path, size: found.size, text }
}

describe('openInside', () => {
  it('serves a file and a folder index', async () => {
    expect(await open([], true)).toMatchObject({ kind: 'file', text: 'home' })
    expect(await open(['policy', 'eea'], true)).toMatchObject({ kind: 'file', text: 'eea' })
    expect(await open(['policy', 'policy.json'])).toMatchObject({ kind: 'file', text: '{}' })
  })

  it('redirects a folder named without its slash, so relative links work', async () => {
    expect(await open(['policy', 'eea'])).toEqual({ kind: 'redirect', location: '/policy/eea/' })
  })

  it('answers 404 for what is not there', async () => {
    expect(await open(['nope.html'])).toMatchObject({ kind: 'refused', status: 404 })
    expect(await open(['index.html', 'more'])).toMatchObject({ kind: 'refused', status: 404 })
    expect(await open(['no-index'], true)).toMatchObject({ kind: 'refused', status: 404 })
    expect(await open(['index.html'], true)).toMatchObject({ kind: 'refused', status: 404 })
  })

  it('follows no symbolic link, pointing out of the folder or not', async () => {
    expect(await open(['link-out.txt'])).toMatchObject({ kind: 'refused', status: 403 })
    expect(await open(['dir-out'], true)).toMatchObject({ kind: 'refused', status: 403 })
    expect(await open(['dir-out', 'index.html'])).toMatchObject({ kind: 'refused', status: 403 })
    expect(await open(['link-in.html'])).toMatchObject({ kind: 'refused', status: 403 })
  })

  it('serves nothing when the root itself is missing', async () => {
    expect((await openInside(join(base, 'missing'), ['index.html'], false)).kind).toBe('refused')
  })
})
