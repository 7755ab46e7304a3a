import type { PolicyModel } from '../../resolve/model.js'
import type { Element } from '../facts.js'
import { variantFacts } from '../variant-facts.js'
import { CONDITIONS } from './conditions.js'
import { evaluatorFor } from './evaluators.js'

/**
 * met: the page of that region discloses it; missing: it does not; not-applicable: its condition
 * does not hold or it is not in force yet; not-evaluated: policyc cannot judge it from the data.
 */
export type CoverageStatus = 'met' | 'missing' | 'not-applicable' | 'not-evaluated'

export interface CoverageCell {
  key: string
  region: string
  level: Element['level']
  citation: string
  condition?: string
  since?: string
  status: CoverageStatus
  /** What is missing, why it does not apply, or why it was not evaluated. */
  detail?: string
  /** The data path of the YAML that should supply a missing element, when it is one place. */
  fix?: (string | number)[]
}

export interface CoverageMatrix {
  policy: string
  /** The date elements' `since` is compared with (--now, else the effective date). */
  asOf: string
  regions: string[]
  /** Element keys in the order the catalog first lists them. */
  elements: string[]
  /** One cell per element a region's law lists; an element a region does not list has none. */
  cells: CoverageCell[]
}

export interface CoverageOptions {
  /** Today (YYYY-MM-DD); without it, elements are judged as of the policy's effective date. */
  now?: string | undefined
}

/** Evaluates every element of every served region's catalog entry against the model. */
export function coverageMatrix(model: PolicyModel, options: CoverageOptions = {}): CoverageMatrix {
  const asOf = options.now ?? model.policy.effective
  const elements: string[] = []
  const cells: CoverageCell[] = []
  for (const region of model.regions) {
    const page = variantFacts(model, region.id)
    for (const element of region.elements) {
      if (!elements.includes(element.key)) elements.push(element.key)
      const cell: CoverageCell = { key: element.key, region: region.id, level: element.level, citation: element.citation, status: 'met' }
      if (element.condition !== undefined) cell.condition = element.condition
      if (element.since !== undefined) cell.since = element.since
      const verdict = applies(element, model, region, asOf)
      if (verdict !== true) {
        cell.status = verdict.status
        cell.detail = verdict.detail
      } else {
        const result = evaluatorFor(element.key)({ model, region, page })
        cell.status = result.status
        if (result.detail !== undefined) cell.detail = result.detail
        if (result.status === 'missing' && result.fix) cell.fix = [...result.fix]
      }
      cells.push(cell)
    }
  }
  return { policy: model.policy.id, asOf, regions: model.regions.map((r) => r.id), elements, cells }
}

/** True when the element is required here and now; otherwise the status and the reason. */
function applies(element: Element, model: PolicyModel, region: PolicyModel['regions'][number], asOf: string): true | { status: CoverageStatus; detail: string } {
  if (element.since !== undefined && asOf < element.since) return { status: 'not-applicable', detail: `required from ${element.since}` }
  if (element.level !== 'C' || element.condition === undefined) return true
  const condition = CONDITIONS[element.condition]
  if (!condition) return { status: 'not-evaluated', detail: `policyc cannot evaluate the condition \`${element.condition}\`` }
  const holds = condition(model, region)
  if (typeof holds === 'object') return { status: 'not-evaluated', detail: holds.unknown }
  return holds ? true : { status: 'not-applicable', detail: `condition \`${element.condition}\` does not hold` }
}

export function cellAt(matrix: CoverageMatrix, key: string, region: string): CoverageCell | undefined {
  // An index per matrix: the coverage page and lint ask for every element × region, and a `find` over the cells made that quadratic.
  let index = cellIndex.get(matrix)
  if (!index) {
    index = new Map()
    for (const cell of matrix.cells) if (!index.has(`${cell.key}\u0000${cell.region}`)) index.set(`${cell.key}\u0000${cell.region}`, cell)
    cellIndex.set(matrix, index)
  }
  return index.get(`${key}\u0000${region}`)
}

const cellIndex = new WeakMap<CoverageMatrix, Map<string, CoverageCell>>()
