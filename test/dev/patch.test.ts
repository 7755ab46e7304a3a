import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevBuilder } from '../../src/dev/site-builder.js'
import type { BuildReport } from '../../src/dev/builder.js'
import { root } from '../helpers/paths.js'
import { hashFiles, tempFolder } from '../site/site-helpers.js'

// After a save to some policies, `policyc dev` swaps only their folders into the site
// (src/site/patch-site.ts). The site it leaves must be, byte for byte, the site a full build of
// the same sources makes; the other policies' files are not touched; a file of the user's inside
// a patched policy's folder stays; and the report still carries every policy's render problems.

let project: string
const policy = (name: string, file: string) => join(project, 'policies', name, file)
const edit = (name: string, file: string, from: RegExp | string, to: string) => {
  const text = readFileSync(policy(name, file), 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`nothing to edit in ${name}/${file}`)
  writeFileSync(policy(name, file), next)
}
const ok = (report: BuildReport) => {
  if (!report.ok) throw new Error(report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.start.line} ${d.reason}`).join('\n'))
  return report
}
/** A full build of the sources as they are now, into `out`, by a builder that never patched. */
const fullBuild = async (out: string) => ok(await createDevBuilder({ cwd: project, paths: ['policies'], out, env: {} }).buildAll())
const ruleIds = (report: BuildReport) => report.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.start.line}`)

beforeAll(() => {
  project = tempFolder('policyc-patch-')
  cpSync(join(root, 'policies', 'xwms'), join(project, 'policies', 'xwms'), { recursive: true })
  cpSync(join(root, 'policies', 'acme'), join(project, 'policies', 'acme'), { recursive: true })
  // A link to nowhere in acme: a render warning that must stay in the report after XWMS is patched.
  edit('acme', 'sections.yaml', /(body: [|>]-?\n(\s+))/, '$1See [elsewhere](#nowhere).\n\n$2')
})

afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('a rebuild after a save patches the site', () => {
  it('leaves the site a full build makes, without touching the other policies', async () => {
    const dev = createDevBuilder({ cwd: project, paths: ['policies'], out: 'dist', env: {}, writeEdits: true })
    const first = ok(await dev.buildAll())
    expect(ruleIds(first).some((id) => id.startsWith('dangling-link'))).toBe(true)
    // A full build swaps in a new folder (and links unchanged files from the cache, so a file's
    // inode would not tell): the folders' own inodes show the site was patched in place.
    const folders = () => ['dist', 'dist/acme-privacy', 'dist/acme-privacy/eea'].map((folder) => statSync(join(project, folder)).ino)
    const before = folders()
    const xwmsFolder = () => statSync(join(project, 'dist', 'xwms-privacy')).ino
    const xwmsBefore = xwmsFolder()
    // A file of the user's inside the policy that is patched.
    writeFileSync(join(project, 'dist', 'xwms-privacy', 'notes.txt'), 'mine')

    // A retention period: in the English and the Dutch pages alike.
    edit('xwms', 'data.yaml', /period: not-stated$/m, 'period: P9Y')
    const patched = ok(await dev.rebuildPolicies([join(project, 'policies', 'xwms')]))
    expect(readFileSync(join(project, 'dist', 'xwms-privacy', 'index.md'), 'utf8')).toContain('9 years')
    expect(readFileSync(join(project, 'dist', 'xwms-privacy', 'nl', 'index.md'), 'utf8')).toContain('9 jaar')
    // The site and acme's folders are the same folders: only XWMS's was swapped.
    expect(folders()).toEqual(before)
    expect(xwmsFolder()).not.toBe(xwmsBefore)
    expect(readFileSync(join(project, 'dist', 'xwms-privacy', 'notes.txt'), 'utf8')).toBe('mine')

    const full = await fullBuild('full')
    rmSync(join(project, 'dist', 'xwms-privacy', 'notes.txt'))
    expect(hashFiles(join(project, 'dist'))).toEqual(hashFiles(join(project, 'full')))
    expect(ruleIds(patched)).toEqual(ruleIds(full))
    expect(patched.pages).toBe(full.pages)
  }, 300_000)

  it('updates the index and regions.json when a patched policy changes its title or regions', async () => {
    const dev = createDevBuilder({ cwd: project, paths: ['policies'], out: 'dist', env: {}, writeEdits: true })
    ok(await dev.buildAll())
    edit('acme', 'policy.yaml', /^title: (.*)$/m, 'title: $1 (revised)')
    ok(await dev.rebuildPolicies([join(project, 'policies', 'acme')]))
    expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toContain('(revised)')
    await fullBuild('full')
    expect(hashFiles(join(project, 'dist'))).toEqual(hashFiles(join(project, 'full')))
  }, 300_000)

  it('keeps the last good site when the saved policy has an error, and recovers', async () => {
    const dev = createDevBuilder({ cwd: project, paths: ['policies'], out: 'dist', env: {}, writeEdits: true })
    ok(await dev.buildAll())
    const before = hashFiles(join(project, 'dist'))
    const good = readFileSync(policy('acme', 'data.yaml'), 'utf8')
    edit('acme', 'data.yaml', /period: (\S+)/, 'period: sometime')
    const broken = await dev.rebuildPolicies([join(project, 'policies', 'acme')])
    expect(broken.ok).toBe(false)
    expect(hashFiles(join(project, 'dist'))).toEqual(before)
    writeFileSync(policy('acme', 'data.yaml'), good.replace(/period: (\S+)/, 'period: P2Y'))
    ok(await dev.rebuildPolicies([join(project, 'policies', 'acme')]))
    await fullBuild('full')
    expect(hashFiles(join(project, 'dist'))).toEqual(hashFiles(join(project, 'full')))
  }, 300_000)

  it('builds in full when a policy changes its id', async () => {
    const dev = createDevBuilder({ cwd: project, paths: ['policies'], out: 'dist', env: {}, writeEdits: true })
    ok(await dev.buildAll())
    edit('acme', 'policy.yaml', 'id: acme-privacy', 'id: acme-notice')
    ok(await dev.rebuildPolicies([join(project, 'policies', 'acme')]))
    await fullBuild('full')
    expect(hashFiles(join(project, 'dist'))).toEqual(hashFiles(join(project, 'full')))
    expect(Object.keys(hashFiles(join(project, 'dist'))).some((path) => path.startsWith('acme-privacy/'))).toBe(false)
  }, 300_000)
})
