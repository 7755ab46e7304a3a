import { didYouMean } from '../../diagnostics/did-you-mean.js'
import { formatExplain } from '../../lint/docs.js'
import { RULES, ruleById } from '../../lint/registry.js'
import { EXIT, UsageError } from '../exit.js'

/** Prints one rule's documentation, or the list of rules; an unknown id is a usage error. */
export function runExplain(id: string | undefined): number {
  if (id === undefined) {
    const width = Math.max(...RULES.map((r) => r.id.length))
    process.stdout.write(`${RULES.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n')}\n`)
    return EXIT.ok
  }
  const rule = ruleById(id)
  if (!rule) {
    const guess = didYouMean(id, RULES.map((r) => r.id))
    throw new UsageError(`Unknown rule \`${id}\`${guess ? `; did you mean \`${guess}\`?` : ''} Run \`policyc explain\` to list the rules.`)
  }
  process.stdout.write(formatExplain(rule))
  return EXIT.ok
}
