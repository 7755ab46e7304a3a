import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffSources } from '../../src/history/diff-sources.js'
import { HistoryError } from '../../src/history/errors.js'
import { checkRevisionSyntax } from '../../src/history/revision.js'
import { runCli } from '../helpers/run-cli.js'
import { git, GIT_ENV, gitDirSnapshot, gitStatus, makeHistoryRepo } from './git-repo.js'

let repo: string
let outside: string

beforeAll(async () => {
  Object.assign(process.env, GIT_ENV)
  repo = await makeHistoryRepo()
  outside = await mkdtemp(join(tmpdir(), 'policyc-outside-'))
})
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

const policyc = (args: readonly string[], cwd = repo) => runCli(args, { cwd, env: GIT_ENV })

/** Each bad argument with the words its one-line message must contain; `cli` ones also run through the CLI. */
const REJECTED: readonly { name: string; args: string[]; message: RegExp; cli?: true }[] = [
  { name: 'an option-like revision after --', args: ['diff', '--', '--output=x'], message: /^policyc: revision "--output=x" looks like an option; name a commit, branch or tag/, cli: true },
  { name: 'an option-like revision as TO', args: ['diff', 'step-1', '--', '--output=/tmp/x'], message: /^policyc: revision "--output=\/tmp\/x" looks like an option/ },
  { name: 'an option-like revision in place', args: ['diff', '--output=x'], message: /unknown option '--output=x'/, cli: true },
  { name: 'a range', args: ['diff', 'step-1..step-2'], message: /^policyc: revision "step-1\.\.step-2" is a range; give the two ends as two arguments: `policyc diff FROM TO`/ },
  { name: 'a symmetric range', args: ['diff', 'step-1...HEAD'], message: /is a range/ },
  { name: 'a reflog selector', args: ['diff', '@{-1}'], message: /^policyc: revision "@\{-1\}" uses the reflog syntax/ },
  { name: 'a dated reflog selector', args: ['diff', 'main@{yesterday}', 'HEAD'], message: /uses the reflog syntax/ },
  { name: 'a newline', args: ['diff', 'HEAD\n--output=x'], message: /^policyc: revision "HEAD\\n--output=x" contains a control character \(such as a newline\)/, cli: true },
  { name: 'an unknown revision', args: ['diff', 'no-such-tag'], message: /^policyc: unknown revision "no-such-tag": no commit, branch or tag has that name in .*; list them with `git log --oneline` or `git tag`/, cli: true },
  { name: 'an unknown TO revision', args: ['diff', 'step-1', 'deadbeef'], message: /^policyc: unknown revision "deadbeef"/ },
  { name: 'a blob, not a commit', args: ['diff', 'HEAD:README.md'], message: /^policyc: unknown revision "HEAD:README\.md"/ },
  { name: 'a path outside the repository', args: ['diff', 'step-1', '--path', '../elsewhere'], message: /^policyc: `\.\.\/elsewhere` is outside the repository at .*; give a path inside it/ },
  { name: 'an absolute path outside the repository', args: ['diff', 'step-1', '--path', '/etc'], message: /^policyc: `\/etc` is outside the repository/ },
]

describe('revisions and paths are checked before git sees them', () => {
  /** The same arguments in-process: `diffSources` throws the HistoryError the CLI prints. */
  async function inProcess(args: readonly string[]): Promise<string> {
    const rest = args.slice(1).filter((a) => a !== '--')
    const pathAt = rest.indexOf('--path')
    const paths = pathAt === -1 ? [] : [rest[pathAt + 1]!]
    const [from, to] = pathAt === -1 ? rest : rest.slice(0, pathAt)
    try {
      await diffSources({ from: from!, to, paths, cwd: repo })
    } catch (error) {
      if (error instanceof HistoryError) return `policyc: ${error.message}\n`
      throw error
    }
    return 'accepted'
  }

  it.each(REJECTED.filter((r) => !r.args.includes('--output=x') || r.args.includes('--')))('rejects $name in-process, with no git side effects', async ({ args, message }) => {
    const before = await gitDirSnapshot(repo)
    expect(await inProcess(args)).toMatch(message)
    expect(await gitDirSnapshot(repo)).toEqual(before)
    expect(await gitStatus(repo)).toBe('')
  })

  it.each(REJECTED.filter((r) => r.cli))('the CLI rejects $name: exit 2, one clear line, no git side effects', async ({ args, message }) => {
    const before = await gitDirSnapshot(repo)
    const result = await policyc(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr.trim().split('\n').filter((l) => !/^\(Did you mean/.test(l))).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await gitDirSnapshot(repo)).toEqual(before)
    expect(await gitStatus(repo)).toBe('')
    // `--output=x` must not have become a file anywhere.
    expect((await git(repo, ['ls-files', '--others'])).trim()).toBe('')
  })

  it('checks syntax the same way in-process', () => {
    for (const bad of ['-p', '--output=x', 'a..b', 'a...b', '@{-1}', 'x@{1}', 'a\nb', 'a\u0000b', '']) expect(() => checkRevisionSyntax(bad)).toThrow()
    for (const good of ['HEAD', 'HEAD~2', 'v1.2.0', 'main^', 'mini/2026-01-15', '3513e1ef']) expect(() => checkRevisionSyntax(good)).not.toThrow()
  })

  it('a diff that works leaves the repository as it was too', async () => {
    const before = await gitDirSnapshot(repo)
    expect((await policyc(['diff', 'step-1'])).code).toBe(0)
    expect(await gitDirSnapshot(repo)).toEqual(before)
    expect(await gitStatus(repo)).toBe('')
  })

  it('outside a repository, revisions are a clear usage error', async () => {
    const result = await policyc(['diff', 'HEAD'], outside)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^policyc: .* is not inside a git working tree, so revisions cannot be read; .*`policyc diff OLD NEW`\n$/)
  })
})

describe('a shallow clone', () => {
  let shallow: string
  beforeAll(async () => {
    shallow = await mkdtemp(join(tmpdir(), 'policyc-shallow-'))
    await git(shallow, ['clone', '-q', '--depth', '1', `file://${repo}`, 'clone'])
    shallow = join(shallow, 'clone')
  })
  afterAll(async () => {
    await rm(join(shallow, '..'), { recursive: true, force: true })
  })

  it('says history is missing and how to fetch it', async () => {
    const message = (revision: string) => `unknown revision "${revision}": this is a shallow clone, so older history is missing; fetch it with \`git fetch --unshallow --tags\` (GitHub Actions: actions/checkout with \`fetch-depth: 0\`)`
    const result = await policyc(['diff', 'HEAD~1'], shallow)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`policyc: ${message('HEAD~1')}\n`)
    await expect(diffSources({ from: 'step-1', cwd: shallow })).rejects.toThrow(new HistoryError(message('step-1')))
  })

  it('still diffs what it has', async () => {
    const result = await policyc(['diff', 'HEAD', '--fail-on', 'any'], shallow)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('show --as-of a date before the history it has is an error, not "no version"', async () => {
    const result = await policyc(['show', 'policies/mini', '--as-of', '2026-02-01'], shallow)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^policyc: this is a shallow clone and its history of mini starts at 2026-07-01, so what was in force on 2026-02-01 is not known; fetch the history with `git fetch --unshallow`\n$/)
  })
})
