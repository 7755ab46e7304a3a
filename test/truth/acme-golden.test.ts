import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../helpers/paths.js'
import { markdownPages } from './pages.js'

/**
 * Golden region pages of policies/acme: the Markdown of every variant (the global page and one per
 * region it serves), committed under test/fixtures/truth/acme-pages/<variant>.md and compared byte
 * for byte. A change to these pages is a change to what readers are told, so it is reviewed as a
 * diff: after an intended change, regenerate with
 *
 *   POLICYC_UPDATE_GOLDEN=1 npx vitest run test/truth/acme-golden.test.ts
 *
 * and read the diff of test/fixtures/truth/acme-pages/ before committing it.
 */
const folder = join(fixtures, 'truth/acme-pages')
const update = process.env.POLICYC_UPDATE_GOLDEN === '1'

describe('policies/acme golden region pages', () => {
  it('renders every variant exactly as committed', async () => {
    const pages = await markdownPages('policies/acme')
    if (update) {
      rmSync(folder, { recursive: true, force: true })
      mkdirSync(folder, { recursive: true })
      for (const [key, markdown] of pages) writeFileSync(join(folder, `${key}.md`), markdown)
    }
    const committed = readdirSync(folder).filter((name) => name.endsWith('.md')).sort()
    expect(committed).toEqual([...pages.keys()].map((key) => `${key}.md`).sort())
    for (const [key, markdown] of pages) expect(markdown, `${key}.md differs: rerun with POLICYC_UPDATE_GOLDEN=1 and review the diff`).toBe(readFileSync(join(folder, `${key}.md`), 'utf8'))
  })
})
