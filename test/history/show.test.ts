import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerAsOf, policyHistory, type PolicyHistory } from '../../src/history/as-of.js'
import { regionHash, sourceHash } from '../../src/history/content-hash.js'
import { formatVersionsText } from '../../src/history/format/versions.js'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { git, GIT_ENV, gitDirSnapshot, gitStatus, makeHistoryRepo } from './git-repo.js'

let repo: string
let history: PolicyHistory

beforeAll(async () => {
  Object.assign(process.env, GIT_ENV)
  repo = await makeHistoryRepo()
  history = await policyHistory('policies/mini', repo)
})
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

const policyc = (args: readonly string[]) => runCli(args, { cwd: repo, env: GIT_ENV })
const commitOf = async (tag: string) => (await git(repo, ['rev-parse', `${tag}^{commit}`])).trim()

describe('versions from git history', () => {
  it('one version per distinct effective date, its content from the last commit with that date', async () => {
    expect(history.versions.map((v) => [v.effective, v.superseded])).toEqual([
      ['2026-01-15', '2026-03-01'],
      ['2026-03-01', '2026-05-01'],
      ['2026-05-01', '2026-07-01'],
      ['2026-07-01', null],
    ])
    // The wording fix (step 2) kept the date: it is the final text of the first version.
    expect(history.versions[0]!.firstCommit).toBe(await commitOf('step-1'))
    expect(history.versions[0]!.commit).toBe(await commitOf('step-2'))
    expect(history.versions[2]!.commit).toBe(await commitOf('step-5'))
    expect(history.versions.map((v) => v.variants.map((x) => `${x.region}/${x.locale}`).join(' '))).toEqual(['eea/en uk/en us-ca/en', 'eea/en uk/en us-ca/en', 'eea/en uk/en us-ca/en', 'eea/en us-ca/en'])
    expect(history.incomplete).toBe(false)
    await expect(formatVersionsText(history)).toMatchFileSnapshot(join(fixtures, 'history', 'show', 'versions.txt'))
  })

  it('a region whose text did not change keeps its hash; one whose text did gets a new one', () => {
    const policy = history.versions[3]!.model.policy
    const ukOnly = structuredClone(policy) as typeof policy
    ukOnly.sections.push({ id: 'ca-only', title: 'California', regions: ['us-ca'], body: 'Text for California.' })
    expect(regionHash(ukOnly, 'eea')).toBe(regionHash(policy, 'eea'))
    expect(regionHash(ukOnly, 'us-ca')).not.toBe(regionHash(policy, 'us-ca'))
    expect(sourceHash(ukOnly)).not.toBe(sourceHash(policy))
    // Step 4 changed retention, which every region shows.
    const hash = (index: number, region: string) => history.versions[index]!.variants.find((x) => x.region === region)!.hash
    expect(hash(2, 'eea')).not.toBe(hash(1, 'eea'))
  })

  it('reads history without writing to the repository', async () => {
    const before = await gitDirSnapshot(repo)
    expect((await policyHistory('mini', repo)).versions).toHaveLength(4)
    expect(await gitDirSnapshot(repo)).toEqual(before)
    expect(await gitStatus(repo)).toBe('')
  })

  it('tags named <policy-id>/… are the versions when the repository has them', async () => {
    await git(repo, ['tag', 'mini/v1', 'step-2'])
    try {
      await git(repo, ['-c', 'user.name=Legal Editor', '-c', 'user.email=legal@mini.example', 'tag', '-a', '-m', 'second', 'mini/v2', 'step-6'])
      const tagged = await policyHistory('mini', repo)
      expect(tagged.versions.map((v) => [v.tag, v.effective, v.superseded])).toEqual([
        ['mini/v1', '2026-01-15', '2026-07-01'],
        ['mini/v2', '2026-07-01', null],
      ])
    } finally {
      await git(repo, ['tag', '-d', 'mini/v1'])
      await git(repo, ['tag', '-d', 'mini/v2']).catch(() => undefined)
    }
  })
})

describe('show --as-of', () => {
  it('before the first version: a clear message and exit 1', async () => {
    expect(answerAsOf(history, '2026-01-14')).toEqual({ found: false, reason: 'mini had no version in force on 2026-01-14: its first version took effect on 2026-01-15' })
    const result = await policyc(['show', 'policies/mini', '--as-of', '2025-12-31'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('policyc: mini had no version in force on 2025-12-31: its first version took effect on 2026-01-15\n')
  })

  it('on an effective date itself: the version that took effect that day', () => {
    const answer = answerAsOf(history, '2026-03-01')
    expect(answer.found && answer.version.effective).toBe('2026-03-01')
    const dayBefore = answerAsOf(history, '2026-02-28')
    expect(dayBefore.found && dayBefore.version.effective).toBe('2026-01-15')
  })

  it('between versions: the one still in force, by region (text and json)', async () => {
    const text = await policyc(['show', 'mini', '--as-of', '2026-04-15', '--region', 'uk'])
    expect(text.code).toBe(0)
    await expect(text.stdout).toMatchFileSnapshot(join(fixtures, 'history', 'show', 'as-of-2026-04-15-uk.txt'))
    const json = await policyc(['show', 'mini', '--as-of', '2026-04-15', '--region', 'uk', '--format', 'json'])
    expect(json.code).toBe(0)
    const doc = JSON.parse(json.stdout) as { format: string; asOf: unknown; versions: unknown[] }
    expect(doc.format).toBe('policyc-versions/1')
    expect(doc.asOf).toEqual({ date: '2026-04-15', region: 'uk', inForce: '2026-03-01' })
    expect(doc.versions).toHaveLength(4)
  })

  it('a region the version in force did not serve: exit 1 with the regions it did serve', () => {
    expect(answerAsOf(history, '2026-08-01', 'uk')).toEqual({ found: false, reason: 'on 2026-08-01 the version of 2026-07-01 was in force, but it did not serve region uk (it served eea, us-ca)' })
  })

  it('bad dates, regions and policies are usage errors', async () => {
    for (const [args, message] of [
      [['show', 'mini', '--as-of', '2026-02-30'], 'policyc: --as-of expects a date written YYYY-MM-DD, such as 2025-06-01; got "2026-02-30"\n'],
      [['show', 'mini', '--as-of', '2026-02-01', '--region', 'eaa'], 'policyc: unknown region "eaa". Did you mean `eea` (European Economic Area)? Run `policyc regions` to list every region.\n'],
      [['show', 'maxi'], 'policyc: no policy `maxi` at HEAD: give a policy folder such as `policies/xwms`, or a policy id (ids: mini)\n'],
    ] as const) {
      const result = await policyc(args)
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(message)
    }
  })
})
