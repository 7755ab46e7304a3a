/**
 * The workflow `policyc init` writes and the composite action at the repository root: both
 * validated with GitHub's own workflow and action schemas (@actions/workflow-parser, the parser
 * behind GitHub's Actions language service), and the action's steps run here. The generated
 * workflow's steps are run against an installed package in test/package/install-smoke.test.ts.
 */
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SIGN_OFF_LABEL, workflowFile } from '../../src/init/project-files.js'
import { root } from '../helpers/paths.js'
import { runSteps, type Step } from '../helpers/run-steps.js'

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-action-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function workflowErrors(content: string): string[] {
  const result = parseWorkflow({ name: 'policy.yml', content }, new NoOperationTraceWriter())
  return result.context.errors.getErrors().map((e) => e.message)
}

function actionErrors(content: string): string[] {
  const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter())
  return result.context.errors.getErrors().map((e) => e.message)
}

const ACTION_MAJORS: Record<string, string> = {
  'actions/checkout': 'v6',
  'actions/setup-node': 'v6',
  'actions/configure-pages': 'v6',
  'actions/upload-pages-artifact': 'v5',
  'actions/deploy-pages': 'v5',
}

describe('the generated workflow', () => {
  const text = workflowFile()
  const workflow = parse(text) as { jobs: Record<string, { steps: Step[]; concurrency?: { 'cancel-in-progress'?: boolean } }> }

  it("is valid by GitHub's workflow schema (and the schema does catch a mistake)", () => {
    expect(workflowErrors(text)).toEqual([])
    expect(workflowErrors(text.replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest')).length).toBeGreaterThan(0)
  })

  it('uses the current majors of the official actions, Node 24, npm ci and the npm cache', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])))
    for (const use of uses) {
      const [name, version] = use.split('@') as [string, string]
      expect(ACTION_MAJORS[name], use).toBe(version)
    }
    expect(new Set(uses.map((u) => u.split('@')[0]))).toEqual(new Set(Object.keys(ACTION_MAJORS)))
    for (const job of Object.values(workflow.jobs)) {
      const node = job.steps.find((s) => s.uses?.startsWith('actions/setup-node'))
      expect(node?.with).toEqual({ 'node-version': 24, cache: 'npm' })
      expect(job.steps.some((s) => s.run?.startsWith('npm ci'))).toBe(true)
      expect(job.steps.some((s) => s.run?.includes('npm install'))).toBe(false)
    }
  })

  it('never cancels a deployment, and builds with the base URL Pages gives', () => {
    expect(workflow.jobs.publish?.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false })
    const build = workflow.jobs.publish!.steps.find((s) => s.run?.includes('policyc build'))!
    expect(build.env).toEqual({ BASE_URL: '${{ steps.pages.outputs.base_url }}' })
    expect(build.run).toContain('--base-url "$BASE_URL"')
  })

  it('posts the diff to the job summary and the pull request, and gates material changes on a label', () => {
    const steps = workflow.jobs.check!.steps
    expect(steps.some((s) => s.run?.includes('>> "$GITHUB_STEP_SUMMARY"'))).toBe(true)
    expect(steps.some((s) => s.run?.includes('gh pr comment'))).toBe(true)
    const gate = steps.find((s) => s.run?.includes('--fail-on material'))!
    expect(gate.if).toContain(`!contains(github.event.pull_request.labels.*.name, '${SIGN_OFF_LABEL}')`)
    expect(text).toContain('types: [opened, synchronize, reopened, labeled, unlabeled]')
  })
})

describe('the composite action (action.yml)', () => {
  const text = readFileSync(join(root, 'action.yml'), 'utf8')
  const action = parse(text) as { runs: { steps: Step[] } }

  it("is valid by GitHub's action schema", () => {
    expect(actionErrors(text)).toEqual([])
    expect(actionErrors(text.replace('using: composite', 'using: compositee')).length).toBeGreaterThan(0)
  })

  const run = (project: string, command: string, args: string) =>
    runSteps(action.runs.steps, {
      cwd: project,
      scratch: work,
      env: { GITHUB_ACTION_PATH: root },
      expressions: { 'inputs.command': command, 'inputs.args': args, 'inputs.working-directory': '.', 'inputs.node-version': '24' },
    })

  it('runs its steps: policyc check with the given args, exit code passed on', () => {
    const project = join(work, 'project')
    cpSync(join(root, 'policies/acme'), join(project, 'policies/acme'), { recursive: true })
    const ok = run(project, 'check', '--format github --now 2026-12-02 "policies"')
    expect(ok.map((r) => r.skipped ?? r.code)).toEqual(['uses', 0, 0])
    expect(ok[2]!.stdout).not.toContain('::error')
    const bad = run(project, 'check', 'policies/missing')
    expect(bad.at(-1)!.code).toBe(1)
    expect(bad.at(-1)!.stdout).toContain('does not exist')
    const unknown = run(project, 'bogus', '')
    expect(unknown.at(-1)!.code).toBe(2)
  })
})
