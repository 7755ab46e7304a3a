import type { Rule } from './rule.js'

/** The SARIF / explain help text of a rule: why, law, fix. */
export function ruleHelp(rule: Rule): string {
  return `${rule.docs.why}\n\nLaw: ${rule.docs.law}\n\nFix: ${rule.docs.fix}`
}

/** `policyc explain RULE`: the rule's doc, in the terminal. */
export function formatExplain(rule: Rule): string {
  const indent = (text: string) => text.split('\n').map((line) => `    ${line}`).join('\n')
  return [
    `${rule.id} (default: ${rule.severity})`,
    '',
    rule.description,
    '',
    'Why',
    `  ${rule.docs.why}`,
    '',
    'Law',
    `  ${rule.docs.law}`,
    '',
    'How to fix',
    `  ${rule.docs.fix}`,
    '',
    'Reported:',
    indent(rule.docs.bad),
    '',
    'Not reported:',
    indent(rule.docs.good),
    '',
    `Turn it off for one entity with \`suppress: [{ rule: ${rule.id}, reason: … }]\`, or for the project in policyc.config.yaml (\`rules: { ${rule.id}: off }\`).`,
    '',
  ].join('\n')
}

/** docs/rules.md, generated from the registry by `npm run docs:rules`; a test fails when it drifts. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|')
  const lines = [
    '<!-- Generated from src/lint/rules/ by `npm run docs:rules`. Do not edit: change the rule instead. -->',
    '',
    '# Lint rules',
    '',
    '`policyc check` runs these rules after the schema and reference checks. Each reports a warning by default',
    '(no rule is an error until its legal source has been checked against the official text); set a rule to',
    '`error`, `warn` or `off` in `policyc.config.yaml`, or switch it off for one entity with',
    '`suppress: [{ rule: …, reason: … }]`. `policyc explain RULE` prints a rule\'s page in the terminal.',
    '',
    '| rule | default | what it reports |',
    '| --- | --- | --- |',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${cell(r.description)} |`),
    '',
  ]
  for (const rule of rules) {
    lines.push(
      `## ${rule.id}`,
      '',
      `${rule.description}. Default: ${rule.severity}.`,
      '',
      `**Why.** ${rule.docs.why}`,
      '',
      `**Law.** ${rule.docs.law}`,
      '',
      `**How to fix.** ${rule.docs.fix}`,
      '',
      'Reported:',
      '',
      '```yaml',
      rule.docs.bad,
      '```',
      '',
      'Not reported:',
      '',
      '```yaml',
      rule.docs.good,
      '```',
      '',
    )
  }
  return lines.join('\n')
}
