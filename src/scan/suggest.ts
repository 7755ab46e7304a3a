/**
 * `--write-suggestions`: the YAML entries to add to `cookies` for what the site stores undeclared.
 * Printed, never written into a source: an editor decides. Only observed facts are filled in
 * (name, technology, lifetime, whether it waited for consent, the recipient whose host set it);
 * `type` and `purpose` are left empty for the editor, since a scan cannot tell why a site stores
 * something, and `policyc check` reports them until they are filled.
 */
import { stringify } from 'yaml'
import type { UndeclaredItem } from './compare.js'
import { lifetimeAsDuration } from './match.js'
import type { ScanObservations } from './observations.js'

export function suggestCookies(items: readonly UndeclaredItem[], file: string | undefined): string {
  if (items.length === 0) return ''
  const ids = new Set<string>()
  const lines = [`# policyc scan: ${items.length} entr${items.length === 1 ? 'y' : 'ies'} to add under \`cookies:\`${file ? ` in ${file}` : ''}`]
  for (const item of items) {
    let id = slug(item.name)
    for (let n = 2; ids.has(id); n++) id = `${slug(item.name)}-${n}`
    ids.add(id)
    lines.push(`  - id: ${id}`)
    lines.push(`    name: ${scalar(item.name)}`)
    lines.push(`    technology: ${item.kind === 'cookie' ? 'cookie' : 'local-storage'}`)
    if (item.kind === 'cookie') lines.push(`    duration: ${lifetimeAsDuration(item.lifetime)}  # as observed (Chromium keeps a cookie 400 days at most)`)
    else if (item.kind === 'session') lines.push('    duration: session  # sessionStorage ends with the tab')
    if (item.beforeConsent !== undefined) lines.push(`    consent: ${!item.beforeConsent}  # observed: ${item.beforeConsent ? 'stored before consent' : 'stored only after consent'}`)
    if (item.recipient) lines.push(`    recipient: ${item.recipient}`)
    lines.push('    type:     # fill in: strictly-necessary, functional, analytics, advertising or social-media')
    lines.push('    purpose:  # fill in: the id of the purpose it serves')
  }
  return `${lines.join('\n')}\n`
}

/** An id from a name: lower case letters, digits and single hyphens (the schema's slug). */
function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entry'
}

/** A YAML scalar, quoted when plain would be read as something else. */
function scalar(text: string): string {
  return stringify(text).trimEnd()
}

/** Everything the site stored, as suggestions (a scan without a policy to compare with). */
export function storedItems(observations: ScanObservations): UndeclaredItem[] {
  const hadConsentPass = observations.passes.includes('after-consent')
  return [
    ...observations.cookies.map((c): UndeclaredItem => ({ kind: 'cookie', name: c.name, lifetime: c.lifetime, party: c.party, beforeConsent: hadConsentPass ? c.seen['before-consent'] === true : undefined })),
    ...observations.storage.map((s): UndeclaredItem => ({ kind: s.area, name: s.key, lifetime: 'session', party: 'first', beforeConsent: hadConsentPass ? s.seen['before-consent'] === true : undefined })),
  ]
}
