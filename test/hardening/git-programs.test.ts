import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GIT_ENV, git, makeHistoryRepo } from '../history/git-repo.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 3: a repository's own `.git/config` is attacker-controlled (a cloned pull
 * request, a downloaded archive). policyc only reads git, so no setting in it may start a program:
 * not `gpg.program` through `log.showSignature` on a signed commit, not `core.fsmonitor`, hooks,
 * a pager, an external diff or a textconv driver.
 */

let repo: string
let marker: string

/** A commit object equal to HEAD but carrying a (fake) PGP signature: `git log --show-signature` hands it to gpg.program. */
async function signHead(dir: string): Promise<void> {
  const commit = await git(dir, ['cat-file', 'commit', 'HEAD'])
  const signature = ['gpgsig -----BEGIN PGP SIGNATURE-----', ' ', ' iQEzBAABCAAdFiEEfakefakefakefakefakefakefakefakeFAKE=', ' =FAKE', ' -----END PGP SIGNATURE-----'].join('\n')
  const signed = commit.replace(/^(committer .*)$/m, `$1\n${signature}`)
  const id = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: dir, input: signed, env: { ...process.env, ...GIT_ENV } }).toString().trim()
  await git(dir, ['update-ref', 'refs/heads/main', id])
  await git(dir, ['tag', '-f', 'signed', id])
}

beforeAll(async () => {
  repo = await makeHistoryRepo()
  await signHead(repo)
  marker = join(repo, 'programs-started.txt')
  const evil = join(repo, 'evil.sh')
  writeFileSync(evil, `#!/bin/sh\necho "$0 $*" >> '${marker}'\ncat >/dev/null 2>&1\nexit 0\n`)
  chmodSync(evil, 0o755)
  mkdirSync(join(repo, 'evil-hooks'))
  for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction', 'fsmonitor-watchman', 'pre-auto-gc']) {
    writeFileSync(join(repo, 'evil-hooks', hook), `#!/bin/sh\nexec '${evil}' hook ${hook}\n`)
    chmodSync(join(repo, 'evil-hooks', hook), 0o755)
  }
  writeFileSync(join(repo, '.gitattributes'), '*.yaml diff=evil\n')
  const hostile = [
    '[log]',
    '\tshowSignature = true',
    '[gpg]',
    `\tprogram = ${evil}`,
    '[gpg "ssh"]',
    `\tprogram = ${evil}`,
    '[gpg "x509"]',
    `\tprogram = ${evil}`,
    '[core]',
    `\tfsmonitor = ${evil}`,
    `\thooksPath = ${join(repo, 'evil-hooks')}`,
    `\tpager = ${evil}`,
    '[pager]',
    `\tlog = ${evil}`,
    '[diff]',
    `\texternal = ${evil}`,
    '[diff "evil"]',
    `\ttextconv = ${evil}`,
    '[alias]',
    `\tlog = !${evil}`,
    '',
  ].join('\n')
  writeFileSync(join(repo, '.git', 'config'), readFileSync(join(repo, '.git', 'config'), 'utf8') + hostile)
  // The trap is armed: plain git, as a user would run it, does start the program.
  execFileSync('git', ['log', '-1', 'signed'], { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: 'ignore' })
  expect(existsSync(marker)).toBe(true)
  rmSync(marker)
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('git started by policyc starts no program a repository configures', () => {
  it.each([
    ['show mini --as-of', ['show', 'policies/mini', '--as-of', '2026-12-01']],
    ['show mini (all versions)', ['show', 'policies/mini']],
    ['diff step-1 signed', ['diff', 'step-1', 'signed']],
    ['build --history', ['build', 'policies/mini', '--history', '--out', 'site']],
  ])('%s', async (_name, args) => {
    rmSync(marker, { force: true })
    const result = await runPolicyc(args, { cwd: repo, env: GIT_ENV })
    expect(existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe('')
    expect(result.stderr).not.toMatch(/internal error/)
    expect(result.code, result.stderr).toBe(0)
  })
})
