/**
 * storeCheck (src/load/check-cache.ts) writes a temporary file and renames it into place. When the
 * rename fails (here: a folder already sits where the entry goes; in life a full or read-only
 * disk), the check goes on as if uncached, and the temporary file must not stay behind: nothing
 * ever reads or sweeps `.tmp` names, so each failure would leave one in the cache for good.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cachedCheck, storeCheck, useCheckCache } from '../../src/load/check-cache.js'

const made: string[] = []
afterEach(() => {
  useCheckCache(undefined)
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function cacheFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policyc-store-check-'))
  made.push(dir)
  useCheckCache(dir)
  return dir
}

const KEY = 'ab0123456789'
const VALUE = { resolved: true, diagnostics: [], notes: ['n'] }

describe('storeCheck', () => {
  it('stores an entry that cachedCheck reads back, with no temporary file left', () => {
    const dir = cacheFolder()
    storeCheck(KEY, VALUE)
    expect(cachedCheck(KEY)).toEqual(VALUE)
    expect(readdirSync(join(dir, 'ab'))).toEqual(['0123456789.json'])
  })

  it('removes its temporary file when the rename into place fails, and reads as a miss', () => {
    const dir = cacheFolder()
    // A non-empty folder where the entry's file goes: renameSync(file, folder) fails.
    mkdirSync(join(dir, 'ab', '0123456789.json'), { recursive: true })
    writeFileSync(join(dir, 'ab', '0123456789.json', 'x'), '')
    expect(() => storeCheck(KEY, VALUE)).not.toThrow()
    expect(readdirSync(join(dir, 'ab'))).toEqual(['0123456789.json'])
    expect(cachedCheck(KEY)).toBeUndefined()
  })
})
