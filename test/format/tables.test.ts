import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPolicies } from '../../src/pipeline.js'
import { fixtures } from '../helpers/paths.js'
import { renderCase } from './render-case.js'

describe('filtered and grouped tables', () => {
  it('shows one table per source or group, each with only its rows, and links :ref to the row where it is', async () => {
    const page = (await renderCase('tables')).get('eea')!.markdown
    const [, provided, automatic] = page.split(/^## /m)
    expect(provided).toContain('| Contact details |')
    expect(provided).not.toContain('| Usage data |')
    expect(automatic).toContain('| Usage data |')
    expect(automatic).toContain('| Device information |')
    expect(automatic).not.toContain('| Contact details |')
    // The usage row lives in the second section's table, and :ref links there.
    expect(automatic).toContain('We use [Usage data](#information-from-your-device)')
    const html = (await renderCase('tables')).get('eea')!.html
    expect(html).toContain('Device data')
  })

  it('renders :ref inside summaries and descriptions as the label it names, never raw', async () => {
    const pages = await renderCase('tables')
    const page = pages.get('eea')!
    expect(page.markdown).toContain('You give us your Contact details.')
    expect(page.markdown).toContain('Your device tells us about Information from your device things.')
    expect(page.markdown).toContain('What you do in the app, kept for Improve the app.')
    expect(page.markdown).toContain('so we improve Usage data reports.')
    expect(page.html).toContain('You give us your Contact details.')
    expect(page.markdown + page.html).not.toContain(':ref{')
  })

  async function checkEdited(edit: (text: string) => string): Promise<string[]> {
    const dir = await mkdtemp(join(tmpdir(), 'policyc-tables-'))
    try {
      await writeFile(join(dir, 'policy.yaml'), edit(await readFile(join(fixtures, 'format', 'tables', 'policy.yaml'), 'utf8')))
      const result = await checkPolicies([dir], { cwd: dir })
      return result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.start.line} ${d.ruleId}: ${d.reason}${d.hint ? ` (${d.hint})` : ''}`)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  it('a filter a table does not take, or a value no row has, is an error at its line', async () => {
    expect(await checkEdited((t) => t.replace('source=you', 'source=yuo'))).toEqual(['49 unknown-table-filter: No row of `::table{of=categories}` has source `yuo`, so the table would be empty (did you mean `you`?)'])
    expect(await checkEdited((t) => t.replace('::table{of=purposes}', '::table{of=purposes role=processor}'))).toEqual(['60 unknown-table-filter: `::table{of=purposes}` cannot be filtered by `role` (Filters of this table: `group`.)'])
  })

  it('an unknown id in a summary or description is an error there', async () => {
    expect(await checkEdited((t) => t.replace('kept for :ref{id=analytics}', 'kept for :ref{id=analytcs}'))).toEqual(['20 unknown-reference: `:ref` names `analytcs`, which is not defined (did you mean `analytics`?)'])
  })
})
