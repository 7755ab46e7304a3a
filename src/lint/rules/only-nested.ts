import type { ContainerDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { bodyLocator } from '../../prose/body-locator.js'
import { defineRule } from '../rule.js'

/** A `:::only` block inside another: its regions are cut down by the outer block's without a word. */
export default defineRule({
  id: 'only-nested',
  severity: 'warning',
  description: 'A `:::only` block inside another `:::only` block',
  docs: {
    why: 'An inner `only` block is shown only to regions both blocks name: an editor who writes `:::only{regions="uk"}` inside a block for the US has written text no page shows, and the global page labels the inner block "Only in the UK" inside a block "Only in the United States". One level of region blocks keeps who reads what plain.',
    law: '— (editorial; the text is lost, or shown to fewer readers than the editor meant)',
    fix: 'Close the outer block before opening the next, and give each block the regions it is for.',
    bad: 'body: |\n  :::only{regions="us-*"}\n  US residents can opt out.\n  ::::only{regions="us-ca"}\n  California residents can also limit sensitive data.\n  ::::\n  :::',
    good: 'body: |\n  :::only{regions="us-*"}\n  US residents can opt out.\n  :::\n\n  :::only{regions="us-ca"}\n  California residents can also limit sensitive data.\n  :::',
  },
  check({ model, report }) {
    model.policy.sections.forEach((section, index) => {
      const tree = model.prose.get(section.id)?.tree
      if (!tree) return
      const locate = bodyLocator(model.source, ['sections', index, 'body'])
      visit(tree, 'containerDirective', (outer: ContainerDirective) => {
        if (outer.name !== 'only') return
        for (const child of outer.children) {
          visit(child, 'containerDirective', (inner: ContainerDirective) => {
            if (inner.name !== 'only') return
            report({
              path: ['sections', index, 'body'],
              at: locate(inner.position?.start, inner.position?.end),
              reason: `This \`only\` block (${inner.attributes?.regions ?? 'no regions'}) is inside another (${outer.attributes?.regions ?? 'no regions'}) in section \`${section.id}\`: it reaches only the regions both name`,
              hint: 'Close the outer block before opening this one.',
            })
          })
        }
        return 'skip'
      })
    })
  },
})
