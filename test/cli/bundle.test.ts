import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli, root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'

// The command line runs from lib/bundle/ (scripts/bundle-cli.mjs) while that bundle is newer than
// what tsc compiled, else from the modules themselves (src/cli/index.ts). Every CLI test spawns
// lib/cli/index.js after `npm test` built both, so they all run the bundle; these tests hold the
// choice itself and what the bundle must keep: source maps into lib/, and paths found from lib/.

const bundle = join(root, 'lib', 'bundle')
const work = tempFolder('policyc-bundle-')
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the bundled command line', () => {
  it('is current after the test build, so the CLI tests run it', () => {
    expect(statSync(join(bundle, 'complete')).mtimeMs).toBeGreaterThanOrEqual(statSync(join(root, 'lib', 'cli', 'program.js')).mtimeMs)
  })

  // The real index.js, beside a program and a bundle that each say which they are.
  const fakeInstall = (bundleTime: number, modulesTime: number): string => {
    const at = join(work, `install-${bundleTime}-${modulesTime}`)
    mkdirSync(join(at, 'lib', 'cli'), { recursive: true })
    mkdirSync(join(at, 'lib', 'bundle'), { recursive: true })
    copyFileSync(cli, join(at, 'lib', 'cli', 'index.js'))
    writeFileSync(join(at, 'lib', 'cli', 'program.js'), "process.stdout.write('modules')\n")
    writeFileSync(join(at, 'lib', 'bundle', 'program.js'), "process.stdout.write('bundle')\n")
    writeFileSync(join(at, 'lib', 'bundle', 'complete'), '')
    utimesSync(join(at, 'lib', 'cli', 'program.js'), modulesTime, modulesTime)
    utimesSync(join(at, 'lib', 'bundle', 'complete'), bundleTime, bundleTime)
    return join(at, 'lib', 'cli', 'index.js')
  }
  const ran = (index: string) => execFileSync(process.execPath, [index, 'check'], { encoding: 'utf8' })

  it('runs the bundle when it was written after the modules, or at the same time (npm pack sets one time on every file)', () => {
    expect(ran(fakeInstall(2_000_000, 1_000_000))).toBe('bundle')
    expect(ran(fakeInstall(499_162_860, 499_162_860))).toBe('bundle')
  })

  it('runs the modules after a bare tsc left the bundle older, or with no bundle at all', () => {
    expect(ran(fakeInstall(1_000_000, 2_000_000))).toBe('modules')
    const index = fakeInstall(3_000_000, 1_000_000)
    rmSync(join(dirname(index), '..', 'bundle', 'complete'))
    expect(ran(index)).toBe('modules')
  })

  it('maps every chunk to policyc modules that exist, so POLICYC_DEBUG stack traces name the modules in lib/', () => {
    const chunks = readdirSync(bundle).filter((f) => f.endsWith('.js'))
    expect(chunks).toContain('program.js')
    for (const chunk of chunks) {
      expect(readFileSync(join(bundle, chunk), 'utf8')).toContain(`//# sourceMappingURL=${chunk}.map`)
      const map = JSON.parse(readFileSync(join(bundle, `${chunk}.map`), 'utf8')) as { sources: string[] }
      // policyc's own modules; a dependency's map may name sources it does not publish (plist's src/*.ts).
      const own = map.sources.map((source) => resolve(bundle, source)).filter((source) => !source.includes('node_modules'))
      const missing = own.filter((source) => !existsSync(source))
      expect(missing, chunk).toEqual([])
    }
    const program = JSON.parse(readFileSync(join(bundle, 'program.js.map'), 'utf8')) as { sources: string[] }
    expect(program.sources).toContain('../cli/program.js')
  })

  it('finds its files where the modules in lib/ would: every import.meta.url was rewritten to the module’s own', () => {
    for (const chunk of readdirSync(bundle).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(bundle, chunk), 'utf8')
      // The one bare use left is the banner's require(), which wants the chunk's own URL.
      const bare = text.replaceAll(/new URL\("[^"]+", import\.meta\.url\)/g, '').replace('__policycRequire(import.meta.url)', '')
      expect(bare.includes('import.meta.url'), chunk).toBe(false)
    }
    // A command that reads templates/, the precompiled validators and package.json through those URLs.
    const project = join(work, 'project')
    mkdirSync(join(project, 'policies'), { recursive: true })
    execFileSync('cp', ['-r', join(root, 'policies', 'acme'), join(project, 'policies', 'acme')])
    const out = execFileSync(process.execPath, [cli, 'build', '--out', 'dist'], { cwd: project, encoding: 'utf8' })
    expect(out).toMatch(/built/i)
    expect(existsSync(join(project, 'dist', 'index.html'))).toBe(true)
  })
})
