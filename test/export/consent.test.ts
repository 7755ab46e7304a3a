import { createHash } from 'node:crypto'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/export/consent/canonical-json.js'
import type { ConsentManifest } from '../../src/export/consent/consent-manifest.js'
import { noticeContent, noticeContentJson } from '../../src/export/consent/notice-content.js'
import { buildExports } from '../../src/export/index.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { ACME, modelOf, SHOP, XWMS } from './helpers.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policyc-consent-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function consentOf(path: string, baseUrl?: string) {
  const { files } = buildExports(await modelOf(path, dir), { baseUrl })
  return { manifest: JSON.parse(files.get('pocket-shop/consent.json')!) as ConsentManifest, files }
}

/** A copy of the fixture with one file rewritten by `change`. */
async function variantCopy(name: string, file: string, change: (text: string) => string): Promise<string> {
  const copy = join(dir, name)
  await cp(SHOP, copy, { recursive: true })
  await writeFile(join(copy, file), change(await readFile(join(copy, file), 'utf8')))
  return copy
}

describe('consent.json', () => {
  it('lists one notice per variant and language, with its page and permanent address', async () => {
    const { manifest } = await consentOf(SHOP, 'https://pocket-shop.example/legal/')
    expect(manifest).toMatchObject({ format: 'policyc-consent-notices/1', policy: 'pocket-shop', version: '2.0', effective: '2026-03-01' })
    expect(manifest.controller).toEqual({ name: 'Pocket Shop B.V.', country: 'NL', email: 'privacy@pocket-shop.example', url: 'https://pocket-shop.example' })
    expect(manifest.notices.map((n) => n.noticeId)).toEqual(['pocket-shop/2026-03-01/global/en', 'pocket-shop/2026-03-01/eea/en', 'pocket-shop/2026-03-01/us-ca/en'])
    const usCa = manifest.notices[2]!
    expect(usCa).toMatchObject({
      variant: 'us-ca',
      regions: ['us-ca'],
      jurisdictions: ['US-CA'],
      language: 'en',
      path: 'pocket-shop/us-ca/',
      url: 'https://pocket-shop.example/legal/pocket-shop/us-ca/',
      archivePath: 'pocket-shop/versions/2026-03-01/us-ca/',
      contentPath: 'pocket-shop/consent/us-ca.en.json',
      contentHash: { algorithm: 'sha-256', canonicalization: 'policyc-notice-v1+jcs' },
    })
    expect(manifest.notices[0]!.path).toBe('pocket-shop/')
  })

  it('omits absolute URLs without --base-url', async () => {
    const { manifest } = await consentOf(SHOP)
    for (const notice of manifest.notices) expect(notice.url).toBeUndefined()
  })

  it('hashes exactly the published canonical content: sha256sum of the content file is the hash', async () => {
    const { manifest, files } = await consentOf(SHOP)
    for (const notice of manifest.notices) {
      const content = files.get(notice.contentPath)!
      expect(createHash('sha256').update(Buffer.from(content, 'utf8')).digest('hex')).toBe(notice.contentHash.value)
      // The content file is already canonical: re-serialising it changes nothing.
      expect(canonicalJson(JSON.parse(content))).toBe(content)
    }
  })

  it('changes only the hashes of the notices whose text changed', async () => {
    const before = (await consentOf(SHOP)).manifest.notices
    const copy = await variantCopy('ca-text', 'policy.yaml', (t) => t.replace('at any time.', 'at any time, free of charge.'))
    const after = (await consentOf(copy)).manifest.notices
    const changed = after.filter((n, i) => n.contentHash.value !== before[i]!.contentHash.value).map((n) => n.variant)
    // The edited section is for us-ca only: the global page (which shows every section) and the
    // us-ca page change; the eea page does not.
    expect(changed).toEqual(['global', 'us-ca'])
  })

  it('does not change when only the YAML layout changes (comments, blank lines, positions)', async () => {
    const before = (await consentOf(SHOP)).manifest.notices.map((n) => n.contentHash.value)
    const copy = await variantCopy('layout', 'data.yaml', (t) => `# A comment that moves every line down.\n\n${t.replaceAll('\n  - id:', '\n\n  - id:')}`)
    expect((await consentOf(copy)).manifest.notices.map((n) => n.contentHash.value)).toEqual(before)
  })
})

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], A: { z: 0.5, y: -0 } })).toBe('{"A":{"y":0,"z":0.5},"a":[true,null,"x"],"b":1}')
    expect(canonicalJson({ '\u00e9': 1, e: 2, '\ud83d\ude00': 3, '\uff01': 4 })).toBe('{"e":2,"é":1,"😀":3,"！":4}')
  })

  it('escapes strings as JSON.stringify does', () => {
    expect(canonicalJson('line\nbreak "quoted" \u2028')).toBe(JSON.stringify('line\nbreak "quoted" \u2028'))
  })

  it('writes the canonical content from parts shared across variants, byte-identical to the whole content serialised at once', async () => {
    for (const path of [SHOP, ACME, XWMS]) {
      const variants = variantsOf(await modelOf(path))
      // Twice: the second round reads the shared parts from memory.
      for (const round of [1, 2]) for (const variant of variants) expect(noticeContentJson(variant), `${path} ${variant.key} round ${round}`).toBe(canonicalJson(noticeContent(variant)))
    }
  })
})
