import { VERSIONS_FORMAT, versionJson, type PolicyVersion } from '../versions.js'
import type { AsOfAnswer, PolicyHistory } from '../as-of.js'

/** The day before a date (YYYY-MM-DD): the last day a superseded version was in force. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

function range(version: PolicyVersion): string {
  return version.superseded ? `${version.effective} – ${dayBefore(version.superseded)}` : `${version.effective} onwards`
}

/** `policyc show POLICY`: every version, oldest first. */
export function formatVersionsText(history: PolicyHistory): string {
  const lines = [`${history.policy} (${history.path}): ${history.versions.length} version${history.versions.length === 1 ? '' : 's'}`]
  for (const v of history.versions) lines.push(`  ${range(v).padEnd(25)}  ${v.commit.slice(0, 12)}${v.tag ? `  ${v.tag}` : ''}`)
  lines.push(...notes(history))
  return `${lines.join('\n')}\n`
}

/** `policyc show POLICY --as-of DATE`: the version in force and what identifies it. */
export function formatAsOfText(history: PolicyHistory, date: string, answer: AsOfAnswer & { found: true }, region?: string): string {
  const v = answer.version
  const variants = region === undefined ? v.variants : v.variants.filter((x) => x.region === region)
  const lines = [
    `${history.policy} on ${date}${region !== undefined ? ` in ${region}` : ''}: the version effective ${v.effective}`,
    `  in force   ${range(v)}${v.superseded ? ` (superseded on ${v.superseded})` : ' (current)'}`,
    `  commit     ${v.commit} (committed ${v.committed})`,
    ...(v.tag ? [`  tag        ${v.tag}`] : []),
    `  source     ${v.sourceHash}`,
    ...variants.map((x) => `  ${`${x.region}/${x.locale}`.padEnd(10)} ${x.hash}`),
    ...notes(history),
  ]
  return `${lines.join('\n')}\n`
}

function notes(history: PolicyHistory): string[] {
  const out: string[] = []
  if (history.incomplete) out.push('note: shallow clone, so older versions may be missing (`git fetch --unshallow`)')
  for (const s of history.skipped) out.push(`note: skipped commit ${s.commit.slice(0, 12)}, whose sources do not load: ${s.reason}`)
  return out
}

/** The `policyc-versions/1` document: every version (and, with --as-of, the one in force). */
export function versionsDocument(history: PolicyHistory, asOf?: { date: string; region: string | undefined; answer: AsOfAnswer }): Record<string, unknown> {
  return {
    format: VERSIONS_FORMAT,
    policy: history.policy,
    path: history.path,
    complete: !history.incomplete,
    versions: history.versions.map(versionJson),
    ...(asOf
      ? {
          asOf: {
            date: asOf.date,
            region: asOf.region ?? null,
            inForce: asOf.answer.found ? asOf.answer.version.effective : null,
            ...(asOf.answer.found ? {} : { reason: asOf.answer.reason }),
          },
        }
      : {}),
  }
}
