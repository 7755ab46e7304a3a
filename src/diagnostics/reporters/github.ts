import type { Diagnostic } from '../diagnostic.js'
import { printable } from './pretty.js'

/**
 * GitHub Actions workflow commands, one line per diagnostic, so each problem is annotated on the
 * pull request's line: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 */
export function formatGithub(diagnostics: readonly Diagnostic[], notes: readonly string[] = []): string {
  const lines = diagnostics.map((d) => {
    const properties: [string, string | number][] = [
      ['file', d.file],
      ['line', d.start.line],
      ['col', d.start.column],
    ]
    if (d.end) properties.push(['endLine', d.end.line], ['endColumn', d.end.column])
    properties.push(['title', d.ruleId])
    const message = d.hint ? `${d.reason}\n${d.hint}` : d.reason
    return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`
  })
  for (const note of notes) lines.push(`::notice title=policyc::${escapeData(note)}`)
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

/** The message part: `%`, CR and LF are percent-encoded (as @actions/core's escapeData does). */
export function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

/** A property value: additionally `:` and `,`, which would end the value early. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
