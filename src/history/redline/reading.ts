import type { Root as HastRoot } from 'hast'
import { bodyToHast } from '../../render/html/to-html.js'
import { expandBody } from '../../render/markdown/expand.js'
import { INTRO, planPage } from '../../render/markdown/page-plan.js'
import type { Variant } from '../../variant/variant.js'

/** One section as its reader sees it: its heading, its "in short" layer and its sanitized body. */
export interface ReadSection {
  id: string
  title: string
  summary: string | undefined
  body: HastRoot
}

/** The notice one reader gets, section by section, ready to be compared with another version's. */
export interface Reading {
  effective: string
  intro: HastRoot | undefined
  sections: ReadSection[]
}

/**
 * A variant through the same stages as its published page (plan, expand, remark-rehype,
 * sanitize), stopping before the template: the redline compares what a reader reads, tables and
 * cross-references included, not the YAML. Render warnings are left to `check` and `build`.
 */
export function readVariant(variant: Variant): Reading {
  const plan = planPage(variant)
  const quiet = () => undefined
  const intro = variant.intro && bodyToHast(expandBody(variant.intro, { plan, sectionId: INTRO, baseDepth: 2, report: quiet }), '_intro')
  return {
    effective: variant.model.policy.effective,
    intro,
    sections: variant.sections.map((s) => ({
      id: s.section.id,
      title: s.section.title,
      summary: s.section.summary,
      body: bodyToHast(expandBody(s.tree, { plan, sectionId: s.section.id, baseDepth: 3, report: quiet }), s.section.id),
    })),
  }
}
