/**
 * The package as npm would publish it: packed with `npm pack`, then checked by publint (fields,
 * files, exports) and by Are the Types Wrong (the typed entry point resolves under Node's ESM
 * and bundlers; an ESM-only package, so CommonJS `require` is not a target). And every package
 * src/ imports at run time is a dependency (or the optional peer for PDFs), so an install without
 * devDependencies runs: the issue this guards against was `plist` as a devDependency.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  peerDependencies: Record<string, string>
  peerDependenciesMeta: Record<string, { optional?: boolean }>
  files: string[]
}
let folder: string
let tarball: string

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'policyc-pack-'))
  // lib/ is compiled by the test script before the tests run; packing must not compile again.
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', folder], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1)!
  tarball = join(folder, name)
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function bin(name: string): string {
  return join(root, 'node_modules', '.bin', name)
}

describe('the published package', () => {
  it('passes publint', () => {
    const out = execFileSync(bin('publint'), ['--strict', tarball], { encoding: 'utf8' })
    expect(out).toContain('All good!')
  })

  it('has types that resolve (Are the Types Wrong, ESM-only profile)', () => {
    // Exits non-zero on any problem.
    const out = execFileSync(bin('attw'), ['--profile', 'esm-only', '--format', 'table-flipped', tarball], { encoding: 'utf8' })
    expect(out).toContain('🟢')
  })

  it('ships the example policy init copies, the schemas, the templates and the LICENSE', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n')
    for (const file of ['package/LICENSE', 'package/policies/acme/policy.yaml', 'package/schemas/policy.schema.json', 'package/templates/page.html', 'package/lib/index.js', 'package/lib/index.d.ts', 'package/lib/cli/index.js', 'package/src/catalog/jurisdictions.json']) {
      expect(listing).toContain(file)
    }
    // Only the clean example: never the seed notice or the tests.
    expect(listing.some((f) => f.startsWith('package/policies/xwms/') || f.startsWith('package/test/'))).toBe(false)
  })

  it('lists every package src/ imports at run time as a dependency, and playwright-core as an optional peer', () => {
    const imported = new Set<string>()
    // Type-only imports vanish at compile time but stay in the shipped .d.ts files.
    const typesOnly = new Set<string>()
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/^import (type )?[^'"]*?from '([^'.][^']*)'|import\('([^'.][^']*)'\)|require\('([^'.][^']*)'\)/gm)) {
        const specifier = m[2] ?? m[3] ?? m[4]!
        if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!
        ;(m[1] ? typesOnly : imported).add(name)
      }
    }
    const optional = Object.keys(manifest.peerDependencies).filter((name) => manifest.peerDependenciesMeta[name]?.optional)
    expect(optional).toEqual(['playwright-core'])
    expect([...imported].filter((name) => !(name in manifest.dependencies) && !optional.includes(name)).sort()).toEqual([])
    // And nothing is a dependency that nothing imports (hast-util-to-html, hastscript and vfile were).
    const unused = Object.keys(manifest.dependencies).filter((name) => !imported.has(name) && !typesOnly.has(name))
    expect(unused).toEqual([])
  })
})

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}
