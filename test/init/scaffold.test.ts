import { parseDocument, visit } from 'yaml'
import { describe, expect, it } from 'vitest'
import { checkRegions, InitRefusal, planProject, slugOf, verifyPlan, type Plan } from '../../src/init/scaffold.js'

const EXAMPLE_REGIONS = ['eea', 'uk', 'ch', 'us-ca', 'us-va', 'ca', 'au', 'nz', 'za', 'br']

const errorsOf = async (plan: Plan) => (await verifyPlan(plan)).filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.reason}`)

/** Every string value of the policy's YAML files (not comments, not keys). */
function values(plan: Plan): string[] {
  const out: string[] = []
  for (const file of plan.files.filter((f) => f.path.startsWith(`${plan.policyDir}/`))) {
    visit(parseDocument(file.text), {
      Scalar(key, node) {
        if (key !== 'key' && typeof node.value === 'string') out.push(node.value)
      },
    })
  }
  return out
}

describe('planProject', () => {
  it('makes a policy that passes check, for all the example regions', async () => {
    const plan = await planProject({ dir: '.', org: 'Example Org' })
    expect(plan).toMatchObject({ org: 'Example Org', id: 'example-org-privacy', policyDir: 'policies/example-org', regions: EXAMPLE_REGIONS })
    expect(await errorsOf(plan)).toEqual([])
  })

  // Dropping a region drops sections, channels, representatives, legal bases and `:::only` blocks;
  // each region on its own is the hardest case for "every reference still resolves".
  it.each(EXAMPLE_REGIONS)('makes a policy that passes check when serving only %s', async (region) => {
    const plan = await planProject({ dir: '.', org: 'Example Org', regions: [region] })
    expect(plan.regions).toEqual([region])
    expect(await errorsOf(plan)).toEqual([])
    const text = plan.files.filter((f) => f.path.startsWith(plan.policyDir)).map((f) => f.text).join('\n')
    for (const other of EXAMPLE_REGIONS.filter((r) => r !== region && !(region.startsWith('us-') && r.startsWith('us-')))) {
      expect(text).not.toMatch(new RegExp(`only\\{regions="[^"]*(?<![\\w-])${other}(?![\\w-])`))
    }
  })

  it('puts the organisation in every value that named the example, quoted where YAML needs it', async () => {
    const plan = await planProject({ dir: '.', org: 'Zeta: "Quoted" & Co #1', regions: ['eea', 'us-ca'] })
    expect(plan.id).toBe('zeta-quoted-co-1-privacy')
    expect(await errorsOf(plan)).toEqual([])
    const strings = values(plan)
    expect(strings).toContain('Zeta: "Quoted" & Co #1')
    expect(strings.some((s) => /\bAcme\b/.test(s))).toBe(false)
  })

  it('points every file at the installed schemas', async () => {
    const plan = await planProject({ dir: '.', org: 'Example Org' })
    for (const file of plan.files.filter((f) => f.path.endsWith('.yaml'))) {
      const expected = file.path === 'policyc.config.yaml' ? 'node_modules/policyc/schemas/config.schema.json' : '../../node_modules/policyc/schemas/policy-part.schema.json'
      expect(file.text.split('\n')[0], file.path).toBe(`# yaml-language-server: $schema=${expected}`)
    }
  })

  it('writes a workflow that checks pull requests and publishes main', async () => {
    const plan = await planProject({ dir: '.' })
    const workflow = plan.files.find((f) => f.path === '.github/workflows/policy.yml')!.text
    expect(workflow).toContain('npx policyc check --format github')
    expect(workflow).toContain('npx policyc diff --fail-on material "origin/$BASE_REF"')
    expect(workflow).toContain('npx policyc build --history')
    expect(workflow).toContain('actions/upload-pages-artifact')
    expect(workflow).toContain('actions/deploy-pages')
    expect(workflow).toContain('fetch-depth: 0')
    expect(parseDocument(workflow).errors).toEqual([])
  })
})

describe('checkRegions', () => {
  it('keeps the example order and drops repeats', () => {
    expect(checkRegions(['UK', 'eea', 'uk'], EXAMPLE_REGIONS)).toEqual(['eea', 'uk'])
  })

  it.each([
    [['eae'], /Unknown region `eae`/, /did you mean `eea`\?/],
    [['us-tx'], /no text for `us-tx` yet/, /add `us-tx` to `regions`/],
    [[], /No region given/, /--regions eea,uk/],
  ])('refuses %j, saying what to do', (regions, message, hint) => {
    try {
      checkRegions(regions, EXAMPLE_REGIONS)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InitRefusal)
      expect((error as InitRefusal).message).toMatch(message)
      expect((error as InitRefusal).hint).toMatch(hint)
    }
  })
})

describe('slugOf', () => {
  it.each([
    ['Acme Analytics B.V.', 'acme-analytics-b-v'],
    ['Café Müller', 'cafe-muller'],
    ['  --Ω--  ', 'o'],
    ['ООО Ромашка', 'ooo-romashka'],
    ['Ελληνική Εταιρεία', 'elliniki-etaireia'],
    ['示例公司', 'organisation'],
    ['!!!', 'policy'],
  ])('%j → %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug)
  })
})
