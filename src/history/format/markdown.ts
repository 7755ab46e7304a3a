import type { DiffReport, PolicyDiff, VersionRef } from '../diff/change.js'
import { plainLine, type Markup, type PolicyVersions } from './describe.js'
import { summaryLine } from './text.js'

/** Characters that mean something in Markdown (or in a GitHub table cell) when written as text. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&]/g

const escape = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
/** A code span whose fence is longer than any run of backticks inside it (CommonMark 6.1). */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`
}

const markup: Markup = {
  code,
  text: escape,
  inserted: (text) => `**${escape(text)}**`,
  deleted: (text) => `~~${escape(text)}~~`,
  plus: (item) => `+${code(item)}`,
  minus: (item) => `−${code(item)}`,
}

/**
 * The pull-request comment format: a heading with the counts, then per policy a table of its
 * changes (material first) with the reason of each. Source text is escaped, so prose that holds
 * Markdown or directives shows as written and cannot break the table or the page.
 */
export function formatDiffMarkdown(report: DiffReport, versions?: PolicyVersions): string {
  const out: string[] = [`## Policy changes: ${code(report.from.label)} → ${code(report.to.label)}`, '', escape(summaryLine(report)), '']
  for (const policy of report.policies) out.push(...policySection(policy, versions))
  return `${out.join('\n').trimEnd()}\n`
}

function policySection(policy: PolicyDiff, versions?: PolicyVersions): string[] {
  const counts = `${policy.material} material, ${policy.editorial} editorial`
  const out = [`### ${code(policy.id)}: ${policy.status === 'unchanged' ? 'no changes' : counts}`, '', `From ${side(policy.from)} to ${side(policy.to)}.`, '']
  if (policy.changes.length === 0) return out
  out.push('| | Change | Why |', '| --- | --- | --- |')
  const ordered = [...policy.changes.filter((c) => c.materiality === 'material'), ...policy.changes.filter((c) => c.materiality === 'editorial')]
  for (const change of ordered) {
    const level = change.materiality === 'material' ? '**material**' : 'editorial'
    out.push(`| ${level} | ${plainLine(change, markup, versions?.(policy.id))} | ${escape(change.reason)} |`)
  }
  out.push('')
  return out
}

function side(ref: VersionRef | undefined): string {
  if (!ref) return 'nothing'
  return `${code(ref.path)} (effective ${ref.effective}${ref.version !== undefined ? `, version ${escape(ref.version)}` : ''})`
}
