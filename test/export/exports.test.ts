import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildExports, writeExports } from '../../src/export/index.js'
import { mapCategory } from '../../src/export/map-category.js'
import { loadMapping } from '../../src/export/mappings/load.js'
import { collectedCategories } from '../../src/export/facts.js'
import { DEFAULT_CHROMIUM } from '../../src/export/pdf.js'
import { buildSite, PdfsNotPrinted } from '../../src/site/build-site.js'
import { runCli } from '../helpers/run-cli.js'
import { listFiles } from '../site/site-helpers.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { ACME, ALL_EXPORTS, csvAnswers, modelOf, readManifest, SHOP, tiltValidator, XWMS, type TiltDoc } from './helpers.js'

const temps: string[] = []
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true })
})

/** The three exports of a model, parsed back from the files the writer produced. */
function parsed(model: PolicyModel) {
  const { files, diagnostics } = buildExports(model, { exports: ALL_EXPORTS })
  const id = model.policy.id
  return {
    files,
    diagnostics,
    manifest: readManifest(files.get(`${id}/exports/PrivacyInfo.xcprivacy`)!),
    answers: csvAnswers(files.get(`${id}/exports/data-safety.csv`)!),
    tilt: files.has(`${id}/exports/tilt.json`) ? (JSON.parse(files.get(`${id}/exports/tilt.json`)!) as TiltDoc) : undefined,
  }
}

describe.each([
  ['the export fixture', SHOP],
  ['the clean example (acme)', ACME],
  ['XWMS', XWMS],
])('exports of %s', (_name, path) => {
  it('declare every collected category in each export that can express it', async () => {
    const model = await modelOf(path)
    const { manifest, answers, tilt } = parsed(model)
    const appleTypes = new Set(manifest.NSPrivacyCollectedDataTypes.map((t) => t.NSPrivacyCollectedDataType))
    const apple = loadMapping('apple-privacy-manifest')
    const google = loadMapping('google-data-safety')
    for (const { category } of collectedCategories(model)) {
      for (const type of mapCategory(apple, category).keys) expect(appleTypes, `${category.id} → ${type}`).toContain(type)
      for (const type of mapCategory(google, category).keys) {
        const group = google.values.find((v) => v.key === type)!.group
        expect(answers.get(`${group}|${type}`), `${category.id} → ${type}`).toBe('true')
        expect(answers.get(`PSL_DATA_USAGE_RESPONSES:${type}:PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_COLLECTED`)).toBe('true')
      }
      // TILT takes any category as free text: every collected one is disclosed, by id and label.
      // (No TILT for a controller without a country: see below.)
      if (tilt) expect(tilt.dataDisclosed.find((d) => d._id === category.id)?.category, category.id).toBe(category.label)
    }
    if (tilt) expect(tilt.dataDisclosed).toHaveLength(collectedCategories(model).length)
  })

  it('declares nothing that is not collected', async () => {
    const model = await modelOf(path)
    const { manifest, answers } = parsed(model)
    const apple = loadMapping('apple-privacy-manifest')
    const google = loadMapping('google-data-safety')
    const collected = collectedCategories(model).map((c) => c.category)
    const appleExpected = new Set(collected.flatMap((c) => mapCategory(apple, c).keys))
    expect(new Set(manifest.NSPrivacyCollectedDataTypes.map((t) => t.NSPrivacyCollectedDataType))).toEqual(appleExpected)
    const googleExpected = new Set(collected.flatMap((c) => mapCategory(google, c).keys))
    const declared = google.values.filter((v) => v.kind === 'data-type' && answers.get(`${v.group}|${v.key}`) === 'true').map((v) => v.key)
    expect(new Set(declared)).toEqual(googleExpected)
  })

  it('writes a TILT document valid against the TILT schema', async () => {
    const model = await modelOf(path)
    const { tilt, diagnostics } = parsed(model)
    if (model.policy.controller.country === undefined) {
      // XWMS states no country, which TILT requires: no document rather than a guessed one.
      expect(tilt).toBeUndefined()
      expect(diagnostics.map((d) => d.reason)).toContain("tilt.json is not written: TILT requires the controller's country, and `XWMS` has no `country`")
      return
    }
    const validate = tiltValidator()
    expect(validate(tilt), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true)
  })

  it('is deterministic: the same model gives the same bytes', async () => {
    const first = buildExports(await modelOf(path), { exports: ALL_EXPORTS, baseUrl: 'https://example.org/privacy' })
    const second = buildExports(await modelOf(path), { exports: ALL_EXPORTS, baseUrl: 'https://example.org/privacy' })
    expect([...second.files]).toEqual([...first.files])
    expect([...first.files.keys()]).toEqual([...first.files.keys()].sort())
  })
})

describe('the export fixture in detail', () => {
  it('marks tracking from purposes flagged `share` / `targeted-advertising`, with their recipients\' domains', async () => {
    const { manifest } = parsed(await modelOf(SHOP))
    expect(manifest.NSPrivacyTracking).toBe(true)
    expect(manifest.NSPrivacyTrackingDomains).toEqual(['ads.adnet.example', 'track.adnet.example'])
    const byType = new Map(manifest.NSPrivacyCollectedDataTypes.map((t) => [t.NSPrivacyCollectedDataType, t]))
    expect(byType.get('NSPrivacyCollectedDataTypeProductInteraction')).toEqual({
      NSPrivacyCollectedDataType: 'NSPrivacyCollectedDataTypeProductInteraction',
      NSPrivacyCollectedDataTypeLinked: true,
      NSPrivacyCollectedDataTypeTracking: true,
      NSPrivacyCollectedDataTypePurposes: ['NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising'],
    })
    // Orders have no DPV term: the CCPA letter D maps them to purchase history.
    expect(byType.get('NSPrivacyCollectedDataTypePurchaseHistory')?.NSPrivacyCollectedDataTypeTracking).toBe(false)
    expect(byType.get('NSPrivacyCollectedDataTypeName')?.NSPrivacyCollectedDataTypePurposes).toEqual(['NSPrivacyCollectedDataTypePurposeAppFunctionality'])
  })

  it('answers sharing, optional collection and deletion on the Play form', async () => {
    const { answers } = parsed(await modelOf(SHOP))
    const usage = (type: string, q: string, r = '') => answers.get(`PSL_DATA_USAGE_RESPONSES:${type}:${q}|${r}`)
    expect(answers.get('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA|')).toBe('true')
    expect(answers.get('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT|')).toBe('')
    expect(answers.get('PSL_SUPPORT_DATA_DELETION_BY_USER|DATA_DELETION_YES')).toBe('true')
    expect(answers.get('PSL_DATA_DELETION_URL|')).toBe('https://pocket-shop.example/privacy/request')
    // Location goes to the ad network (a third party): shared, for advertising; it is voluntary.
    expect(usage('PSL_APPROX_LOCATION', 'PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_SHARED')).toBe('true')
    expect(usage('PSL_APPROX_LOCATION', 'DATA_USAGE_SHARING_PURPOSE', 'PSL_ADVERTISING')).toBe('true')
    expect(usage('PSL_APPROX_LOCATION', 'DATA_USAGE_USER_CONTROL', 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL')).toBe('true')
    // Orders go only to a processor: collected, not shared; statutory, so required.
    expect(usage('PSL_PURCHASE_HISTORY', 'PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_SHARED')).toBe('')
    expect(usage('PSL_PURCHASE_HISTORY', 'DATA_USAGE_USER_CONTROL', 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED')).toBe('true')
    expect(usage('PSL_PURCHASE_HISTORY', 'DATA_USAGE_COLLECTION_PURPOSE', 'PSL_FRAUD_PREVENTION_SECURITY')).toBe('true')
    expect(usage('PSL_PURCHASE_HISTORY', 'PSL_DATA_USAGE_EPHEMERAL')).toBe('false')
  })

  it('lists transfers out of the EEA with the safeguard TILT has a field for', async () => {
    const { tilt } = parsed(await modelOf(SHOP))
    expect(tilt!.thirdCountryTransfers).toHaveLength(1)
    expect(tilt.thirdCountryTransfers[0]).toMatchObject({ country: 'US', adequacyDecision: { available: true }, standardDataProtectionClause: { available: true } })
    expect(tilt.meta.url).toBe('/pocket-shop/')
  })

  it('reports no problem for a policy whose categories all map', async () => {
    expect(parsed(await modelOf(SHOP)).diagnostics).toEqual([])
    expect(parsed(await modelOf(ACME)).diagnostics).toEqual([])
  })

  it('reports a collected category no store table can map, at its place in the YAML', async () => {
    const { diagnostics } = parsed(await modelOf(XWMS))
    const unmapped = diagnostics.filter((d) => d.ruleId === 'export-unmapped-category')
    expect(unmapped.map((d) => d.reason)).toEqual([expect.stringContaining('`Data about your clients or end users`')])
    expect(unmapped[0]).toMatchObject({ file: 'policies/xwms/data.yaml', severity: 'warning' })
  })

  it('reports tracking without tracking domains, which Apple rejects', async () => {
    const model = await modelOf(SHOP)
    const recipients = (model.policy.recipients ?? []).map(({ domains: _domains, ...recipient }) => recipient)
    const { manifest, diagnostics } = parsed({ ...model, policy: { ...model.policy, recipients } })
    expect(manifest.NSPrivacyTracking).toBe(true)
    expect(manifest.NSPrivacyTrackingDomains).toEqual([])
    expect(diagnostics).toMatchObject([{ ruleId: 'export-tracking-domains-missing', file: 'test/fixtures/export/shop/data.yaml' }])
  })

  it('leaves unmapped categories to the lint rule when asked (the build runs lint first)', async () => {
    const { diagnostics } = buildExports(await modelOf(XWMS), { exports: ALL_EXPORTS, reportUnmapped: false })
    expect(diagnostics.filter((d) => d.ruleId === 'export-unmapped-category')).toEqual([])
  })

  it('reports an error when TILT has no contact email to give, instead of writing an invalid document silently', async () => {
    const model = await modelOf(SHOP)
    const { email: _email, ...controller } = model.policy.controller
    const form = { id: 'form', type: 'web-form' as const, url: 'https://pocket-shop.example/privacy/request' }
    const noEmail = { ...model, policy: { ...model.policy, controller, rights: { channels: [form] as [typeof form] } } }
    const { diagnostics } = buildExports(noEmail, { exports: { tilt: true } })
    expect(diagnostics).toMatchObject([{ ruleId: 'export-tilt-contact-missing', severity: 'error', file: 'test/fixtures/export/shop/policy.yaml' }])
  })

  it('writes only the exports the policy turns on, and always the consent manifest', async () => {
    const model = await modelOf(XWMS)
    const dir = await mkdtemp(join(tmpdir(), 'policyc-export-'))
    temps.push(dir)
    const result = await writeExports(model, dir)
    expect(result.targets).toEqual([])
    expect(await readdir(join(dir, 'xwms-privacy'))).toEqual(['consent', 'consent.json'])
    const shop = await writeExports(await modelOf(SHOP), dir, { baseUrl: 'https://pocket-shop.example/legal' })
    expect(shop.targets).toEqual(['apple-privacy-manifest', 'google-data-safety', 'tilt'])
    expect((await readdir(join(dir, 'pocket-shop', 'exports'))).sort()).toEqual(['PrivacyInfo.xcprivacy', 'data-safety.csv', 'tilt.json'])
    const tilt = JSON.parse(await readFile(join(dir, 'pocket-shop', 'exports', 'tilt.json'), 'utf8')) as TiltDoc
    expect(tilt.meta.url).toBe('https://pocket-shop.example/legal/pocket-shop/')
  })
})

describe('policyc build writes the exports', () => {
  // The compiled CLI, run the way users run it (npm test compiles it first).
  it('writes the three exports and the consent manifest for acme, and no PDF unless asked', async () => {
    const work = await mkdtemp(join(tmpdir(), 'policyc-build-exports-'))
    temps.push(work)
    const result = await runCli(['build', ACME, '--out', 'dist', '--quiet'], { cwd: work })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    const policy = join(work, 'dist', 'acme-privacy')
    expect((await readdir(join(policy, 'exports'))).sort()).toEqual(['PrivacyInfo.xcprivacy', 'data-safety.csv', 'tilt.json'])
    const consent = JSON.parse(await readFile(join(policy, 'consent.json'), 'utf8')) as { notices: { variant: string }[] }
    expect(consent.notices.map((n) => n.variant)).toContain('global')
    // The build's exports are the export stage's bytes, unchanged.
    const expected = buildExports(await modelOf(ACME), { reportUnmapped: false })
    for (const [path, content] of expected.files) expect(await readFile(join(work, 'dist', path), 'utf8'), path).toBe(content)
    expect(existsSync(join(policy, 'index.pdf'))).toBe(false)
  })

  it.runIf(existsSync(DEFAULT_CHROMIUM) || process.env.CI === 'true')('prints every variant to index.pdf with --pdf', async () => {
    const work = await mkdtemp(join(tmpdir(), 'policyc-build-pdf-'))
    temps.push(work)
    const result = await runCli(['build', ACME, '--out', 'dist', '--quiet', '--pdf'], { cwd: work })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    const pages = listFiles(join(work, 'dist')).filter((f) => f.endsWith('/index.html') && f.startsWith('acme-privacy/') && !f.includes('/coverage/'))
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(existsSync(join(work, 'dist', page.replace(/\.html$/, '.pdf'))), page).toBe(true)
    const pdf = await readFile(join(work, 'dist', 'acme-privacy', 'index.pdf'))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('fails with exit code 2 and writes nothing when --pdf cannot print', async () => {
    const work = await mkdtemp(join(tmpdir(), 'policyc-build-nopdf-'))
    temps.push(work)
    const model = await modelOf(ACME)
    await expect(buildSite([model], { out: join(work, 'dist'), cwd: work, pdf: { executablePath: '/nonexistent/chromium' } })).rejects.toThrow(PdfsNotPrinted)
    expect(existsSync(join(work, 'dist'))).toBe(false)
    expect(await readdir(work)).toEqual([])
  })
})
