import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { localizeModel } from '../../locale/localize-model.js'
import type { TemplateSet } from '../../render/html/template-set.js'
import type { PolicyModel } from '../../resolve/model.js'
import { GLOBAL } from '../../variant/variant.js'
import type { DiffReport } from '../diff/change.js'
import { HistoryError } from '../errors.js'
import type { PolicySide } from '../load-side.js'
import { redlinePage } from '../redline/redline-page.js'

export interface DiffHtmlOptions {
  /** The reader whose notice is shown: `global` (every region's text, the default) or a region id. */
  region?: string | undefined
  /** The language: the policy's own (default) or one it is translated into. */
  language?: string | undefined
  templates: TemplateSet
}

/**
 * `policyc diff --format html`: the redline of one policy as one self-contained HTML file (styles
 * inlined, no script, no outside request). The policy is the one that changed; when several did,
 * `--path` must choose, because a redline is one notice as one reader reads it.
 */
export function formatDiffHtml(report: DiffReport, sides: readonly [PolicySide, PolicySide], options: DiffHtmlOptions): { html: string; diagnostics: Diagnostic[] } {
  const changed = report.policies.filter((p) => p.status !== 'unchanged')
  if (changed.length > 1) {
    throw new HistoryError(`--format html shows one policy, and ${changed.length} changed (${changed.map((p) => p.id).join(', ')}); choose one with --path, e.g. --path ${sides[1].models.get(changed[0]!.id)?.source.path ?? 'policies/<id>'}`)
  }
  const policy = changed[0] ?? report.policies[0]
  if (!policy) throw new HistoryError('no policy to show')
  const variant = options.region ?? GLOBAL
  let before = sides[0].models.get(policy.id)
  let after = sides[1].models.get(policy.id)
  const served = new Set([...(before?.policy.regions ?? []), ...(after?.policy.regions ?? [])])
  if (variant !== GLOBAL && !served.has(variant)) {
    throw new HistoryError(`\`${policy.id}\` does not serve region \`${variant}\` in either version; choose one of: ${[...served].sort().join(', ')} (or leave --region out for every region's text)`)
  }
  const source = (after ?? before)!.policy.language
  if (options.language !== undefined && options.language !== source) {
    const language = options.language
    const localize = (model: PolicyModel | undefined, side: PolicySide): PolicyModel | undefined => {
      const translation = side.translations?.get(policy.id)?.find((t) => t.language === language)
      return model && translation ? localizeModel(model, translation).model : undefined
    }
    const [b, a] = [localize(before, sides[0]), localize(after, sides[1])]
    if ((before && !b) || (after && !a)) {
      const have = [...new Set([source, ...(sides[1].translations?.get(policy.id) ?? []).map((t) => t.language)])].sort()
      throw new HistoryError(`\`${policy.id}\` has no ${language} translation in ${before && !b ? sides[0].label : sides[1].label}; choose one of: ${have.join(', ')}`)
    }
    before = b
    after = a
  }
  return redlinePage({ before, after, changes: policy.changes, variant, language: options.language ?? source, templates: options.templates })
}
