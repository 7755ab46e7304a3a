import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'

/**
 * Issue 20, finding 17: "a full disk: handled, but temporary files in the site cache keep the
 * disk full". The disk here is really full: a tmpfs of a few hundred KiB, mounted in a private
 * mount namespace (`unshare --mount`, as root; `--user --map-root-user` otherwise, where the
 * kernel allows user namespaces), holding the project, its output and its cache
 * (`node_modules/.cache/policyc`). The compiled CLI runs inside it and fails with the kernel's own
 * ENOSPC, not an injected one (faults.test.ts injects them at chosen writes).
 *
 * Before the fix, a real full disk crashed the build with an unhandled rejection (a stack trace,
 * exit 1) and left the cache's temporary unit folders, the staging folder and the lock behind,
 * so the disk stayed full; and a build killed with files in the cache's `tmp/` kept them until a
 * later build succeeded and an hour had passed (which a full disk prevents).
 */

const SHOWCASE = 'test/fixtures/render/showcase'
let work: string
let sources: string

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(child.stdout)
}

interface DiskRun {
  /** The build's exit code, stdout and stderr. */
  code: number
  stdout: string
  stderr: string
  /** KiB used on the disk: after the sources (and any leftovers) were put there, and after the build. */
  usedBefore: number
  usedAfter: number
  /** Every path on the disk after the build, except the sources. */
  left: string[]
}

/**
 * Mounts a tmpfs of `kib` KiB (in a mount namespace of its own, gone when the run ends), copies
 * the sources onto it, runs `prepare` (bash, in the disk's folder), then `policyc build` there.
 */
function onSmallDisk(kib: number, prepare = ''): DiskRun {
  const disk = join(work, `disk-${kib}`)
  const report = join(work, `report-${kib}`)
  mkdirSync(disk)
  mkdirSync(report)
  const script = `
set -eu
mount -t tmpfs -o size=${kib}k policyc-full-disk "$DISK"
cp -r "$SOURCES" "$DISK/policies"
cd "$DISK"
${prepare}
used() { df -k --output=used . | tail -n 1 | tr -d ' '; }
used > "$REPORT/used-before"
code=0
NO_COLOR=1 "$NODE" "$CLI" build policies --out dist --quiet > "$REPORT/stdout" 2> "$REPORT/stderr" || code=$?
echo "$code" > "$REPORT/code"
used > "$REPORT/used-after"
find . -path ./policies -prune -o -print | sort > "$REPORT/left"
`
  const asRoot = process.getuid?.() === 0
  const run = spawnSync('unshare', [...(asRoot ? [] : ['--user', '--map-root-user']), '--mount', 'bash', '-c', script], {
    encoding: 'utf8',
    env: { ...process.env, DISK: disk, REPORT: report, SOURCES: sources, NODE: process.execPath, CLI: cli },
  })
  if (run.status !== 0) throw new Error(`could not run on a small disk (unshare and mount; root or user namespaces needed): ${run.stderr}`)
  const read = (name: string) => readFileSync(join(report, name), 'utf8')
  return {
    code: Number(read('code')),
    stdout: read('stdout'),
    stderr: read('stderr'),
    usedBefore: Number(read('used-before')),
    usedAfter: Number(read('used-after')),
    left: read('left').split('\n').filter((line) => line !== '' && line !== '.'),
  }
}

let fullBuild: number

beforeAll(() => {
  work = tempFolder('policyc-full-disk-')
  // Ten showcase copies: a few MiB of site, written over a few seconds.
  sources = join(work, 'policies')
  const source = readFileSync(join(root, SHOWCASE, 'policy.yaml'), 'utf8')
  for (let i = 0; i < 10; i++) {
    mkdirSync(join(sources, `p${i}`), { recursive: true })
    writeFileSync(join(sources, `p${i}`, 'policy.yaml'), source.replace('id: showcase', `id: showcase-${i}`))
  }
  // What a whole cold build takes on such a disk, measured on one large enough.
  const roomy = onSmallDisk(262_144)
  expect(roomy.code).toBe(0)
  fullBuild = roomy.usedAfter - roomy.usedBefore
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('a full disk (finding 17)', () => {
  it('a build that fills the disk stops with one line, exit 2, and leaves no temporary file, staging folder or lock behind', () => {
    // Room for half the build: the disk fills midway, while units are being stored in the cache.
    const run = onSmallDisk(Math.round(fullBuild / 2) + 64)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^policyc: cannot write the site: no space left on the device \(ENOSPC\) while writing [^\n]+; the previous output is unchanged\n$/)
    expect(run.stdout + run.stderr).not.toMatch(/internal error|^\s+at |Node\.js v/m)
    // Nothing of the failed build: no staging folder, no lock, nothing in the cache's tmp/.
    expect(run.left.filter((path) => /^\.\/(\.dist|dist)/.test(path))).toEqual([])
    expect(run.left.filter((path) => path.includes('/tmp/') || path.endsWith('.tmp'))).toEqual([])
    // What stays is the cache's complete units (each with its unit.json), for the next build to link.
    const units = run.left.filter((path) => /\/site\/units\/[0-9a-f]{64}$/.test(path))
    for (const unit of units) expect(run.left).toContain(`${unit}/unit.json`)
  })

  it('the next build removes what a killed build left in the cache (dead process), and so has the room to succeed', () => {
    const dead = deadPid()
    // A killed build's temporary unit folder and record, filling most of the disk, and one of a
    // live build (this test's own process), which must be kept.
    const filler = Math.round(fullBuild * 0.6)
    const prepare = `
mkdir -p node_modules/.cache/policyc/site/tmp/0123456789abcdef-${dead}-deadbeef node_modules/.cache/policyc/site/tmp/fedcba9876543210-${process.pid}-cafe0123 node_modules/.cache/policyc/builds
head -c ${filler}k /dev/zero > node_modules/.cache/policyc/site/tmp/0123456789abcdef-${dead}-deadbeef/0
echo live > node_modules/.cache/policyc/site/tmp/fedcba9876543210-${process.pid}-cafe0123/0
echo '{}' > node_modules/.cache/policyc/builds/0123456789abcdef0123456789abcdef.json.${dead}.tmp
`
    const run = onSmallDisk(fullBuild + Math.round(fullBuild * 0.3) + 256, prepare)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.left).not.toContain(`./node_modules/.cache/policyc/site/tmp/0123456789abcdef-${dead}-deadbeef`)
    expect(run.left).not.toContain(`./node_modules/.cache/policyc/builds/0123456789abcdef0123456789abcdef.json.${dead}.tmp`)
    expect(run.left).toContain(`./node_modules/.cache/policyc/site/tmp/fedcba9876543210-${process.pid}-cafe0123/0`)
  })
})
