import { describe, expect, it } from 'vitest'
import { gitignoreFile } from '../../src/init/project-files.js'

/**
 * Issue 20, finding 12 (in part): a build killed mid-swap leaves `.dist-tmp-*` or `.dist-old-*`
 * beside `dist/`; the `.gitignore` that `policyc init` writes keeps them out of commits.
 */
describe('init .gitignore', () => {
  it('ignores the staging and swapped-out folders a killed build can leave', () => {
    expect(gitignoreFile()).toMatch(/^\.dist-tmp-\*\/$/m)
    expect(gitignoreFile()).toMatch(/^\.dist-old-\*\/$/m)
  })
})
