import type { ContainerDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { matchRegions } from '../../catalog/catalog.js'
import { bodyLocator } from '../../prose/body-locator.js'
import { splitRegions } from '../../prose/directives.js'
import { defineRule } from '../rule.js'

/** Text that no region's page shows: an `only` block for regions its section is not shown in. */
export default defineRule({
  id: 'section-unreachable',
  severity: 'warning',
  description: 'A section, or a region-only block inside one, that no region\'s page includes',
  docs: {
    why: 'A `:::only{regions="…"}` block inside a section limited to other regions is never shown to anyone: the text the editor wrote for those readers is silently lost, and if the whole body is such blocks the section is empty everywhere.',
    law: '— (editorial; the disclosure the block was written for is missing from the page its readers get)',
    fix: 'Add the block\'s regions to the section\'s `regions`, move the block to a section those readers see, or remove it.',
    bad: 'sections:\n  - id: us-rights\n    title: Your rights in the US\n    regions: [us-*]\n    body: |\n      :::only{regions="eea"}\n      You can complain to your supervisory authority.\n      :::',
    good: 'sections:\n  - id: eu-rights\n    title: Your rights in the EEA\n    regions: [eea]\n    body: |\n      :::only{regions="eea"}\n      You can complain to your supervisory authority.\n      :::',
  },
  check({ model, report }) {
    const served = model.policy.regions
    model.policy.sections.forEach((section, index) => {
      if (!section.regions) return
      const shownTo = new Set(section.regions.flatMap((selector) => matchRegions(selector, served)))
      const tree = model.prose.get(section.id)?.tree
      if (!tree) return
      const locate = bodyLocator(model.source, ['sections', index, 'body'])
      visit(tree, 'containerDirective', (node: ContainerDirective) => {
        if (node.name !== 'only') return
        const selectors = splitRegions(node.attributes?.regions ?? '')
        const reaches = selectors.some((selector) => matchRegions(selector, [...shownTo]).length > 0)
        if (reaches) return
        report({
          path: ['sections', index, 'body'],
          at: locate(node.position?.start, node.position?.end),
          reason: `This \`only\` block is for ${selectors.join(', ')}, but section \`${section.id}\` is only shown in ${[...shownTo].join(', ')}, so no page includes it`,
          hint: `Add ${selectors.join(', ')} to the section's \`regions\`, or move the block to a section those readers see.`,
        })
      })
    })
  },
})
