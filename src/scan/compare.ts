/**
 * The observations against the policy's data. Each difference becomes a diagnostic at the YAML
 * line to change (or, for something undeclared, the list to add it to); declared cookies that
 * were never seen are informational notes, since they may be set only where a scan cannot go
 * (after sign-in, on pages not crawled).
 */
import { diagnose, formatPlace, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import type { Cookie, Recipient } from '../generated/policy.js'
import type { DataPath } from '../load/locate.js'
import { basisIn, purposeById, type PolicyModel } from '../resolve/model.js'
import { providerOf } from './host-map.js'
import { describeLifetime, findDeclared, findRecipientOfHost, isCookieEntry, isStorageEntry, lifetimeAsDuration, longestSeconds, nameMatches } from './match.js'
import type { ObservedCookie, ObservedStorage, PassName, ScanObservations } from './observations.js'
import type { ScanRuleId } from './rules.js'
import { ScanRefused } from './target.js'

export interface UndeclaredItem {
  kind: 'cookie' | 'local' | 'session'
  name: string
  lifetime: number | 'session'
  party: 'first' | 'third'
  /** Seen before consent (undefined when the scan had no consent pass to tell). */
  beforeConsent: boolean | undefined
  /** The recipient that declares the host a third-party cookie came from. */
  recipient?: string
}

export interface ScanComparison {
  diagnostics: Diagnostic[]
  /** Informational, never a reason to fail: declared cookies not seen, checks that could not run. */
  notes: string[]
  /** The region whose law decided the consent findings (a GDPR-family region), if any. */
  region: string | undefined
  undeclared: UndeclaredItem[]
}

export function compareScan(model: PolicyModel, observations: ScanObservations, options: { region?: string | undefined } = {}): ScanComparison {
  const policy = model.policy
  const cookies = policy.cookies ?? []
  const recipients = policy.recipients ?? []
  const region = pickRegion(model, options.region)
  // ePrivacy Art 5(3) and PECR reg 6 ask for consent before storing on a device; only the
  // GDPR-family regions of the catalog (eea, uk) carry that law.
  const consentLaw = region !== undefined && model.regions.find((r) => r.id === region)?.family === 'gdpr' ? region : undefined
  const diagnostics: Diagnostic[] = []
  const notes: string[] = []
  const undeclared: UndeclaredItem[] = []
  const report = (ruleId: ScanRuleId, path: DataPath, part: 'key' | 'value', reason: string, hint: string) =>
    diagnostics.push(diagnose(model.source.locate(path, part), { ruleId, source: 'scan', reason, hint }))
  const hadConsentPass = observations.passes.includes('after-consent')
  const pagesScanned = observations.pages.filter((p) => typeof p.status === 'number').length

  const stored: { item: ObservedCookie | ObservedStorage; kind: 'cookie' | 'local' | 'session'; name: string }[] = [
    ...observations.cookies.map((c) => ({ item: c, kind: 'cookie' as const, name: c.name })),
    ...observations.storage.map((s) => ({ item: s, kind: s.area, name: s.key })),
  ]
  for (const { item, kind, name } of stored) {
    const what = kind === 'cookie' ? 'cookie' : `${kind}Storage key`
    const index = findDeclared(cookies, name, kind === 'cookie' ? 'cookie' : 'storage')
    const before = item.seen['before-consent'] === true
    if (index < 0) {
      const lifetime = 'lifetime' in item ? item.lifetime : 'session'
      const party = 'party' in item ? item.party : 'first'
      const entry: UndeclaredItem = { kind, name, lifetime, party, beforeConsent: hadConsentPass ? before : undefined }
      if ('domain' in item && party === 'third') {
        const owner = findRecipientOfHost(recipients, item.domain.replace(/^\./, ''))
        if (owner) entry.recipient = recipients[owner.index]!.id
      }
      undeclared.push(entry)
      const facts = [kind === 'cookie' ? `${party} party, ${describeLifetime(lifetime)}` : undefined, when(item.seen, hadConsentPass)].filter(Boolean).join(', ')
      report(
        'scan-cookie-undeclared',
        ['cookies'],
        'key',
        `Unexpected ${what} \`${name}\` (${facts}) on ${item.page}, expected a \`cookies\` entry whose \`name\` covers it`,
        `Add it to \`cookies\`${kind === 'cookie' ? '' : ' with `technology: local-storage`'} (\`policyc scan --write-suggestions\` prints the entry), or stop the site from setting it. A name with \`*\`, such as \`_ga_*\`, covers every name it matches.`,
      )
      continue
    }
    const declared = cookies[index]!
    if ('lifetime' in item && declared.duration !== undefined) checkLifetime(item, declared, index, report)
    if (consentLaw && before && needsConsent(declared)) {
      report(
        'scan-before-consent',
        ['cookies', index, declared.consent !== undefined ? 'consent' : 'type'],
        'value',
        `${kind === 'cookie' ? 'Cookie' : `${kind}Storage key`} \`${name}\` was stored before consent on ${item.page}, but its entry (${declared.type}${declared.consent ? ', consent: true' : ''}) needs consent in ${consentLaw} (ePrivacy Directive Art 5(3); UK PECR reg 6)`,
        'Store it only after the visitor accepts; or, if it is strictly necessary for the service the visitor asked for, declare `type: strictly-necessary` and `consent: false`.',
      )
    }
  }

  for (const host of observations.hosts) {
    const owner = findRecipientOfHost(recipients, host.host)
    if (!owner) {
      const provider = providerOf(host.host)
      report(
        'scan-host-undeclared',
        ['recipients'],
        'key',
        `Unexpected requests to \`${host.host}\` (${when(host.seen, hadConsentPass)}, first on ${host.page}), expected a recipient whose \`hosts\` names it`,
        provider
          ? `\`${host.host}\` is a host of ${provider.name} (${provider.company}; ${provider.source}): add it to that recipient's \`hosts\`, or add the recipient.`
          : `Add \`${host.host}\` (or its parent domain) to the \`hosts\` of the recipient it belongs to, or add that recipient.`,
      )
      continue
    }
    const recipient = recipients[owner.index]!
    if (consentLaw && host.seen['before-consent'] && recipientNeedsConsent(model, recipient, consentLaw)) {
      report(
        'scan-before-consent',
        ['recipients', owner.index, owner.field, owner.item],
        'value',
        `Requests to \`${host.host}\` (recipient \`${recipient.id}\`, whose purposes rely on consent in ${consentLaw}) were sent before consent on ${host.page}`,
        `Load what calls \`${host.host}\` only after the visitor accepts; or, if this host serves the recipient for something that needs no consent, move it to the recipient that does that.`,
      )
    }
  }

  checkGpc(model, observations, report, notes)

  for (const [index, declared] of cookies.entries()) {
    const kind = isCookieEntry(declared) ? 'cookie' : isStorageEntry(declared) ? 'storage' : undefined
    if (!kind) continue
    const seen = kind === 'cookie' ? observations.cookies.some((c) => nameMatches(declared.name, c.name)) : observations.storage.some((s) => nameMatches(declared.name, s.key))
    if (seen) continue
    const at = model.source.locate(['cookies', index, 'name'])
    notes.push(`${formatPlace(at)}  ${kind === 'cookie' ? 'cookie' : 'storage key'} \`${declared.name}\` is declared but was not seen on the ${pagesScanned} page${pagesScanned === 1 ? '' : 's'} scanned (it may be set only after sign-in or on pages not crawled)`)
  }
  notes.push(...consentNotes(observations))
  if (region !== undefined && !consentLaw) notes.push(`region ${region} has no prior-consent rule for cookies in policyc's catalog: stores and requests before consent were not checked`)
  return { diagnostics: sortDiagnostics(diagnostics), notes, region, undeclared }
}

/** What a scan without a consent pass could not see. */
export function consentNotes(observations: ScanObservations): string[] {
  if (observations.passes.includes('after-consent')) return []
  return ['no --consent-click selector: the site was visited without consent only (and with GPC), so nothing set after consent was seen']
}

type Report = (ruleId: ScanRuleId, path: DataPath, part: 'key' | 'value', reason: string, hint: string) => void

function checkLifetime(item: ObservedCookie, declared: Cookie, index: number, report: Report): void {
  const duration = declared.duration!
  const observed = item.lifetime
  if (observed === 'session') return
  const longest = duration === 'session' ? 0 : longestSeconds(duration)
  // A minute of slack for the time between the site setting the cookie and the scan reading it.
  if (longest === undefined || observed <= longest + 60) return
  report(
    'scan-cookie-lifetime',
    ['cookies', index, 'duration'],
    'value',
    `Cookie \`${item.name}\` lasts ${describeLifetime(observed)} on the site (${item.page}), longer than its declared duration \`${duration}\``,
    `Declare the real lifetime (\`duration: ${lifetimeAsDuration(observed)}\`), or shorten the cookie's Max-Age or Expires on the site.`,
  )
}

/**
 * GPC is an opt-out of sale and sharing (Cal. Civ. Code § 1798.135(b) with 11 CCR § 7025; other US states have like rules): a
 * notice that says it honours GPC promises that what it marks as advertising, sale or sharing stops
 * when the signal is on. Compared: the baseline visit (after consent when there was one) and the
 * same visit with GPC.
 */
function checkGpc(model: PolicyModel, observations: ScanObservations, report: Report, notes: string[]): void {
  if (model.policy.signals?.['global-privacy-control'] !== 'honored') return
  const baseline: PassName = observations.passes.includes('after-consent') ? 'after-consent' : 'before-consent'
  const cookies = model.policy.cookies ?? []
  const recipients = model.policy.recipients ?? []
  const optOutCookie = (c: Cookie) => c.type === 'advertising' || c.type === 'social-media' || optOutPurpose(model, c.purpose)
  const optOutRecipient = (r: Recipient) => (r.purposes ?? []).some((p) => optOutPurpose(model, p)) || cookies.some((c) => c.recipient === r.id && optOutCookie(c))
  const relevant: { label: string; gpc: boolean }[] = []
  for (const c of observations.cookies) {
    const index = findDeclared(cookies, c.name, 'cookie')
    if (index >= 0 && optOutCookie(cookies[index]!) && c.seen[baseline]) relevant.push({ label: `cookie \`${c.name}\``, gpc: c.seen.gpc === true })
  }
  for (const h of observations.hosts) {
    const owner = findRecipientOfHost(recipients, h.host)
    if (owner && optOutRecipient(recipients[owner.index]!) && h.seen[baseline]) relevant.push({ label: `requests to \`${h.host}\``, gpc: h.seen.gpc === true })
  }
  if (relevant.length === 0) {
    notes.push('GPC: nothing the notice marks as advertising, sale or sharing was seen without GPC, so whether GPC is honored could not be observed')
    return
  }
  const kept = relevant.filter((r) => r.gpc).map((r) => r.label)
  if (kept.length === 0) return
  report(
    'scan-gpc-ignored',
    ['signals', 'global-privacy-control'],
    'value',
    `The notice says Global Privacy Control is honored, but with GPC on the site still made ${kept.join(', ')}, which the notice marks as advertising, sale or sharing`,
    'Stop these when the browser sends `Sec-GPC: 1` (or `navigator.globalPrivacyControl` is true); or, if the site does not honour GPC, say `global-privacy-control: ignored`.',
  )
}

function optOutPurpose(model: PolicyModel, purposeId: string): boolean {
  const purpose = purposeById(model, purposeId)
  return purpose?.sale === true || purpose?.share === true || purpose?.['targeted-advertising'] === true
}

/** ePrivacy Art 5(3): anything but what is strictly necessary needs consent; and whatever the notice says needs it, does. */
function needsConsent(cookie: Cookie): boolean {
  return cookie.consent === true || cookie.type !== 'strictly-necessary'
}

/** A recipient whose every purpose relies on consent in the region: contacting it before consent is not covered. */
function recipientNeedsConsent(model: PolicyModel, recipient: Recipient, region: string): boolean {
  const purposes = (recipient.purposes ?? []).map((id) => purposeById(model, id)).filter((p) => p !== undefined)
  return purposes.length > 0 && purposes.every((p) => basisIn(p, region) === 'consent')
}

function when(seen: ObservedCookie['seen'], hadConsentPass: boolean): string {
  if (seen['before-consent']) return hadConsentPass ? 'before consent' : 'without consent'
  if (seen['after-consent']) return 'after consent'
  return 'only with GPC on'
}

/** The region the comparison reads the law of: the one asked for, else the first GDPR-family region served. */
function pickRegion(model: PolicyModel, asked: string | undefined): string | undefined {
  if (asked !== undefined) {
    if (!model.policy.regions.includes(asked)) throw new ScanRefused(`--region ${asked}: policy ${model.policy.id} does not serve it (it serves ${model.policy.regions.join(', ')})`)
    return asked
  }
  return model.regions.find((r) => r.family === 'gdpr')?.id
}
