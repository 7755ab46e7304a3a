/**
 * Every machine-readable output names its shape in `format` and is valid by its JSON Schema in
 * schemas/output/: check, coverage, diff and show with `--format json`, and policy.json in the
 * built site. Outputs made by the real CLI on a real git repository.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

let repo: string
const NOW = ['--now', '2026-12-02']

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'policyc-out-schemas-'))
  cpSync(join(root, 'policies/acme'), join(repo, 'policies/acme'), { recursive: true })
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, stdio: 'pipe' })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-qm', 'one')
  const data = join(repo, 'policies/acme/data.yaml')
  writeFileSync(data, readFileSync(data, 'utf8').replace('period: P7Y', 'period: P10Y'))
  git('commit', '-qam', 'two')
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

function validator(name: string) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/output', `${name}.schema.json`), 'utf8')) as Record<string, unknown>
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  return { validate: ajv.compile(schema), format: ((schema.properties as Record<string, { const?: string }>).format ?? {}).const, ajv }
}

async function expectValid(name: string, args: string[]) {
  const result = await runCli(args, { cwd: repo })
  const document = JSON.parse(result.stdout) as { format?: string }
  const { validate, format, ajv } = validator(name)
  expect(document.format).toBe(format)
  expect(validate(document), ajv.errorsText(validate.errors)).toBe(true)
  return document
}

describe('JSON outputs and their schemas', () => {
  it('check --format json, with diagnostics in it', async () => {
    // A broken policy beside the good one, so the document has diagnostics to validate.
    writeFileSync(join(repo, 'broken.yaml'), 'id: broken\n')
    const doc = (await expectValid('check', ['check', 'policies', 'broken.yaml', '--format', 'json', ...NOW])) as { diagnostics: unknown[] }
    expect(doc.diagnostics.length).toBeGreaterThan(0)
    rmSync(join(repo, 'broken.yaml'))
  })

  it('coverage --format json', async () => {
    await expectValid('coverage', ['coverage', '--format', 'json', ...NOW])
  })

  it('diff --format json, with a material change', async () => {
    const doc = (await expectValid('diff', ['diff', 'HEAD~1', 'HEAD', '--format', 'json'])) as { summary: { material: number } }
    expect(doc.summary.material).toBeGreaterThan(0)
  })

  it('show --format json, with and without --as-of', async () => {
    await expectValid('versions', ['show', 'policies/acme', '--format', 'json'])
    await expectValid('versions', ['show', 'policies/acme', '--format', 'json', '--as-of', '2026-12-02'])
  })

  it("the site's policy.json", async () => {
    const built = await runCli(['build', '--out', 'site', ...NOW], { cwd: repo })
    expect(built.code, built.stdout + built.stderr).toBe(0)
    const folder = readdirSync(join(repo, 'site'), { withFileTypes: true }).find((e) => e.isDirectory() && readdirSync(join(repo, 'site', e.name)).includes('policy.json'))!
    const document = JSON.parse(readFileSync(join(repo, 'site', folder.name, 'policy.json'), 'utf8')) as unknown
    const { validate, ajv } = validator('policy-json')
    expect(validate(document), ajv.errorsText(validate.errors)).toBe(true)
  })

  it('every output schema is strict JSON Schema 2020-12 with a format constant, and the SchemaStore entry points at shipped schemas', () => {
    for (const file of readdirSync(join(root, 'schemas/output'))) {
      const { format } = validator(file.replace('.schema.json', ''))
      expect(format, file).toMatch(/^policyc-[a-z]+\/1$/)
    }
    const entries = JSON.parse(readFileSync(join(root, 'schemas/schemastore-catalog-entry.json'), 'utf8')) as { name: string; fileMatch: string[]; url: string }[]
    expect(entries[0]!.fileMatch).toContain('policies/**/*.yaml')
    for (const entry of entries) {
      const shipped = entry.url.replace('https://unpkg.com/policyc/', '')
      expect(readdirSync(join(root, 'schemas'))).toContain(shipped.replace('schemas/', ''))
    }
  })
})
