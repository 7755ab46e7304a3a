import { cpSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 14: `--base-url 'https://example.com/privacy#top'` dropped `/privacy` from the
 * sitemap and consent URLs and exited 0. A base URL with a query or fragment is refused.
 */

let work: string
beforeAll(() => {
  work = tempFolder('policyc-base-url-')
  cpSync(join(root, 'test/fixtures/render/mini'), join(work, 'policies', 'mini'), { recursive: true })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('--base-url keeps its path or is refused', () => {
  it.each(['https://example.com/privacy#top', 'https://example.com/privacy?x=1', 'https://example.com/privacy/#', 'https://user:pw@example.com/privacy/'])('refuses %s with one line, exit 2, nothing built', async (url) => {
    const result = await runPolicyc(['build', 'policies', '--out', 'site', '--base-url', url], { cwd: work })
    expect(result.stderr).toMatch(/^policyc: --base-url must not hold a (query \(\?\) or fragment \(#\)|user name or password)[^\n]*\n$/)
    expect(result.code).toBe(2)
    expect(existsSync(join(work, 'site'))).toBe(false)
  })
})
