import { constants } from 'node:fs'
import { access, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { loadCatalog } from '../catalog/catalog.js'
import { compareText, type Diagnostic } from '../diagnostics/diagnostic.js'
import { suggestion } from '../diagnostics/did-you-mean.js'
import { packagePath, packageRoot } from '../package-root.js'
import { systemTreeHolding } from '../site/output-guard.js'
import { checkPolicies } from '../pipeline.js'
import { configFile, gitignoreFile, INSTALLED_SCHEMAS, packageFile, workflowFile } from './project-files.js'
import { tailorPolicy, type PolicyFile } from './tailor-policy.js'

/** A problem with what the user asked for; the CLI prints message and hint, exit 2. */
export class InitRefusal extends Error {
  override name = 'InitRefusal'
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message)
  }
}

export interface InitRequest {
  /** The project folder; created when missing. */
  dir: string
  org?: string | undefined
  /** Region ids; all the example serves when absent. */
  regions?: readonly string[] | undefined
}

export interface PlannedFile {
  /** Relative to the project folder, with forward slashes. */
  path: string
  text: string
  /**
   * Files a project often has already (package.json, .gitignore): left alone when present, with a
   * note on what to add. Every other file must not exist, or nothing is written.
   */
  shared?: { note: string }
}

export interface Plan {
  org: string
  id: string
  regions: string[]
  policyDir: string
  files: PlannedFile[]
}

const DEFAULT_ORG = 'Example Organisation'
const CONFIG_NAME = 'policyc.config.yaml'

/** Works out every file of the new project, in memory; nothing is written. */
export async function planProject(request: InitRequest): Promise<Plan> {
  const org = checkOrg(request.org ?? DEFAULT_ORG)
  const slug = slugOf(org)
  const example = await readExample()
  const offered = exampleRegions(example)
  const regions = checkRegions(request.regions ?? offered, offered)
  const id = `${slug}-privacy`
  const policyDir = `policies/${slug}`
  const tailored = tailorPolicy(example, { org, id, regions, schema: `../../${INSTALLED_SCHEMAS}/policy-part.schema.json` })
  const version = await policycVersion()
  const files: PlannedFile[] = [
    ...tailored.map((file) => ({ path: `${policyDir}/${file.name}`, text: file.text })),
    { path: CONFIG_NAME, text: configFile() },
    { path: '.github/workflows/policy.yml', text: workflowFile() },
    { path: '.gitignore', text: gitignoreFile(), shared: { note: 'add `dist/` to it' } },
    { path: 'package.json', text: packageFile(`${slug}-policies`, version), shared: { note: 'add policyc with `npm install --save-dev policyc`' } },
  ]
  return { org, id, regions, policyDir, files }
}

/** The files of the plan that already exist and may not be replaced. */
export async function conflictsOf(dir: string, plan: Plan): Promise<string[]> {
  const taken: string[] = []
  for (const file of plan.files) if (!file.shared && (await exists(join(dir, file.path)))) taken.push(file.path)
  // A policy folder that exists (even without these file names) is someone's policy.
  if (!taken.some((p) => p.startsWith(`${plan.policyDir}/`)) && (await exists(join(dir, plan.policyDir)))) taken.unshift(`${plan.policyDir}/`)
  return taken
}

/**
 * Checks the new policy the way `policyc check` will, in a temporary folder, before anything is
 * written: init must never leave a project that fails its first check.
 */
export async function verifyPlan(plan: Plan): Promise<Diagnostic[]> {
  const scratch = await mkdtemp(join(tmpdir(), 'policyc-init-'))
  try {
    const policy = join(scratch, plan.policyDir)
    await mkdir(policy, { recursive: true })
    for (const file of plan.files) {
      if (file.path.startsWith(`${plan.policyDir}/`)) await writeFile(join(scratch, file.path), file.text)
    }
    const result = await checkPolicies([policy], { cwd: scratch })
    return result.diagnostics
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

export interface WriteResult {
  written: string[]
  kept: { path: string; note: string }[]
}

/**
 * Writes the plan. Every file is created with the exclusive flag, so even a file that appears
 * between the conflict check and the write is never overwritten.
 */
export async function writePlan(dir: string, plan: Plan): Promise<WriteResult> {
  const result: WriteResult = { written: [], kept: [] }
  for (const file of plan.files) {
    const target = join(dir, file.path)
    if (file.shared && (await exists(target))) {
      result.kept.push({ path: file.path, note: file.shared.note })
      continue
    }
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, file.text, { flag: 'wx' })
    result.written.push(file.path)
  }
  return result
}

/** Ensures the project folder is a folder (creating it), or explains why it cannot be. */
export async function prepareFolder(dir: string): Promise<void> {
  refuseSystemFolder(dir)
  const info = await stat(dir).catch(() => undefined)
  if (info && !info.isDirectory()) throw new InitRefusal(`\`${dir}\` is a file, not a folder`, 'Pass the folder for the new project, e.g. `policyc init my-policies`.')
  try {
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    throw new InitRefusal(`Cannot write to \`${dir}\` (${code})`, 'Pick a folder you can write to, or fix its permissions.')
  }
}

async function readExample(): Promise<PolicyFile[]> {
  const dir = packagePath('policies', 'acme')
  let names: string[]
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort(compareText)
  } catch {
    throw new Error(`the example policy is missing from the installed package (${dir})`)
  }
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })))
}

function exampleRegions(files: readonly PolicyFile[]): string[] {
  for (const file of files) {
    const block = /^regions:\n((?:[ \t]+- .+\n)+)/m.exec(file.text)
    if (block) return [...(block[1] ?? '').matchAll(/- ([a-z-]+)/g)].map((m) => m[1] ?? '')
    const flow = /^regions:\s*\[([^\]]*)\]/m.exec(file.text)
    if (flow) return (flow[1] ?? '').split(',').map((r) => r.trim())
  }
  throw new Error('the example policy names no regions')
}

/** Validates --regions: known ids that the example has text for. */
export function checkRegions(requested: readonly string[], offered: readonly string[]): string[] {
  const wanted = [...new Set(requested.map((r) => r.trim().toLowerCase()).filter(Boolean))]
  if (wanted.length === 0) throw new InitRefusal('No region given', `Name at least one, e.g. \`--regions ${offered.slice(0, 2).join(',')}\`. Regions: ${offered.join(', ')}.`)
  const catalog = loadCatalog().jurisdictions.map((j) => j.id)
  for (const region of wanted) {
    if (!catalog.includes(region)) {
      throw new InitRefusal(`Unknown region \`${region}\``, `${suggestion(region, offered) ?? suggestion(region, catalog) ?? 'Use region ids from the catalog.'} The starter policy covers: ${offered.join(', ')}.`)
    }
    if (!offered.includes(region)) {
      throw new InitRefusal(
        `The starter policy has no text for \`${region}\` yet`,
        `Start with the regions it covers (${offered.join(', ')}), then add \`${region}\` to \`regions\` in policy.yaml: \`policyc check\` lists what the law there requires.`,
      )
    }
  }
  return offered.filter((r) => wanted.includes(r))
}

function checkOrg(org: string): string {
  const name = org.trim()
  if (name === '' || name.length > 200 || /[\p{Cc}\u2028\u2029]/u.test(name)) {
    throw new InitRefusal('The organisation name must be one line of text, at most 200 characters', 'For example: `--org "Acme Analytics B.V."`.')
  }
  if (!/[\p{L}\p{N}]/u.test(name)) {
    throw new InitRefusal(`Cannot make a folder name from \`${name}\``, 'Use letters or digits in the name, e.g. `--org "Example Org"`.')
  }
  return name
}

/**
 * "Café Müller B.V." → "cafe-muller-b-v", "ООО Ромашка" → "ooo-romashka": the folder name and id
 * prefix, which the schema keeps to a-z, 0-9 and hyphens. Cyrillic and Greek are transliterated
 * letter by letter; a name in another script (示例公司) gets `organisation`, for the editor to
 * rename (issue 20, finding 21: non-Latin names were refused). The name itself is kept as written.
 */
export function slugOf(name: string): string {
  const slug = [...name]
    .map((char) => TRANSLITERATION[char.toLowerCase()] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return slug !== '' ? slug : /[\p{L}\p{N}]/u.test(name) ? 'organisation' : 'policy'
}

/** Lower-case Cyrillic letters (Russian after the ICAO Doc 9303 passport table, with the other Cyrillic alphabets' extra letters) and Greek ones (close to ELOT 743) in Latin. */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', ѓ: 'gj', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', і: 'i', ї: 'i', й: 'i',
  ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', ќ: 'kj', у: 'u', ў: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', џ: 'dz', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i', ί: 'i', ϊ: 'i', ΐ: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', ϋ: 'y', ΰ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o',
}

async function policycVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8')) as { version?: string }
  return manifest.version ?? '0.0.0'
}

/** lstat, so a dangling symbolic link counts as taken too. */
async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}

/**
 * A project is never made inside a system folder: `/proc/x` made init spin at 100% CPU for ever
 * (Node's recursive mkdir loops there; issue 20, finding 19), and `/etc` or `/dev` are no place
 * for one. Called before anything else touches the folder.
 */
export function refuseSystemFolder(dir: string): void {
  const tree = systemTreeHolding(resolve(dir))
  if (tree) throw new InitRefusal(`\`${dir}\` is ${resolve(dir) === tree ? 'the' : 'inside the'} system folder ${tree}; a policy project cannot live there`, 'Pass a folder of your own, e.g. `policyc init my-policies`.')
}
