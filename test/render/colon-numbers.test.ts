import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

// Times and ratios in prose ("9:00 to 17:30", "3:4") are text, not directives: remark-directive
// reads a word after a colon as a directive name even when it starts with a digit.
describe('a colon before digits in prose', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'policyc-colon-'))
    await cp(join(root, 'policies/acme'), join(dir, 'acme'), { recursive: true })
    const file = join(dir, 'acme/sections.yaml')
    const text = await readFile(file, 'utf8')
    const first = text.indexOf('    body: |\n') + '    body: |\n'.length
    await writeFile(file, `${text.slice(0, first)}      Our office answers from 9:00 to 17:30, in a ratio of 3:4.\n\n${text.slice(first)}`)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('is no diagnostic, and the page prints it as written', async () => {
    const check = await runCli(['check', join(dir, 'acme'), '--format', 'json'])
    expect(check.stdout).not.toContain('unknown-directive')
    expect(check.code).toBe(0)
    const build = await runCli(['build', join(dir, 'acme'), '--out', join(dir, 'dist')])
    expect(build.code).toBe(0)
    const page = await readFile(join(dir, 'dist/acme-privacy/index.html'), 'utf8')
    expect(page).toContain('from 9:00 to 17:30, in a ratio of 3:4.')
    const markdown = await readFile(join(dir, 'dist/acme-privacy/index.md'), 'utf8')
    expect(markdown).toContain('from 9:00 to 17:30, in a ratio of 3:4.')
  })

  it('still reports a directive written on purpose with a digit name', async () => {
    const file = join(dir, 'acme/sections.yaml')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('in a ratio of 3:4.', 'in a ratio of 3:4{x=1}.'))
    const check = await runCli(['check', join(dir, 'acme')])
    expect(check.code).toBe(1)
    expect(check.stdout + check.stderr).toContain('Unknown directive `:4`')
  })
})
