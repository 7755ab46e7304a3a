import type { Palette } from '../../diagnostics/reporters/color.js'
import type { Change, DiffReport, PolicyDiff, VersionRef } from '../diff/change.js'
import { plainLine, type Markup, type PolicyVersions } from './describe.js'

/**
 * The terminal format: per policy a heading, then one line per change (material first) with
 * its reason below; prose as a word diff in git's `--word-diff=plain` notation, `[-old-]{+new+}`,
 * coloured only when the palette is (a TTY, unless NO_COLOR / FORCE_COLOR say otherwise).
 */
export function formatDiffText(report: DiffReport, colors: Palette, versions?: PolicyVersions): string {
  const m: Markup = {
    code: (text) => text,
    text: (text) => text,
    inserted: (text) => colors.green(`{+${text}+}`),
    deleted: (text) => colors.red(`[-${text}-]`),
    plus: (item) => colors.green(`+${item}`),
    minus: (item) => colors.red(`-${item}`),
  }
  const out: string[] = [colors.bold(`${report.from.label} → ${report.to.label}`), '']
  for (const policy of report.policies) out.push(...policyLines(policy, m, colors, versions), '')
  out.push(summaryLine(report))
  return `${out.join('\n')}\n`
}

function policyLines(policy: PolicyDiff, m: Markup, colors: Palette, versions?: PolicyVersions): string[] {
  const lines = [`${colors.bold(policy.id)}  ${side(policy.from)} → ${side(policy.to)}`]
  if (policy.changes.length === 0) return [...lines, colors.dim('  no changes')]
  const ordered = [...policy.changes.filter((c) => c.materiality === 'material'), ...policy.changes.filter((c) => c.materiality === 'editorial')]
  for (const change of ordered) lines.push(...changeLines(change, m, colors, versions?.(policy.id)))
  return lines
}

function changeLines(change: Change, m: Markup, colors: Palette, versions: ReturnType<PolicyVersions> | undefined): string[] {
  const label = change.materiality === 'material' ? colors.yellow('material ') : colors.dim('editorial')
  return [`  ${label}  ${plainLine(change, m, versions)}`, `             ${colors.dim(change.reason)}`]
}

function side(ref: VersionRef | undefined): string {
  if (!ref) return '(none)'
  return `${ref.path} (effective ${ref.effective}${ref.version !== undefined ? `, version ${ref.version}` : ''})`
}

export function summaryLine(report: DiffReport): string {
  const { policies, changed, material, editorial } = report.summary
  return `${policies} polic${policies === 1 ? 'y' : 'ies'} compared, ${changed} changed: ${material} material, ${editorial} editorial change${editorial === 1 ? '' : 's'}`
}
