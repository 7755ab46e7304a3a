import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { PlannedUnit, UnitJob } from '../site/policy-unit.js'
import type { IndexedPolicy } from '../site/site-files.js'

/**
 * One edited policy in the preview, rendered a page at a time as the browser asks for it
 * (issue 19 item 5). A save used to render and write all ~50 pages of XWMS before the reload;
 * now the dev builder renders only the pages open in a tab, and the rest when first requested.
 * Every file comes from the same jobs `policyc build` runs (planPolicyUnit), so each is the
 * build's file byte for byte; only when it is made differs.
 */
export class LazyPolicy {
  readonly id: string
  /** The policy's entry in the site's index. */
  readonly indexed: IndexedPolicy
  readonly #planned: PlannedUnit
  readonly #jobOf = new Map<string, UnitJob>()
  readonly #running = new Map<UnitJob, Promise<void>>()
  readonly #files = new Map<string, string | Buffer>()
  /** Called with the render errors a job found after the save was reported good. */
  readonly #onErrors: (errors: Diagnostic[]) => void

  constructor(planned: PlannedUnit, onErrors: (errors: Diagnostic[]) => void) {
    this.id = planned.unit.id
    this.indexed = planned.unit.indexed
    this.#planned = planned
    this.#onErrors = onErrors
    for (const job of planned.jobs) for (const path of job.paths) this.#jobOf.set(path, job)
  }

  /** Whether `path` (`/`-separated, relative to the site) belongs to this policy's folder. */
  owns(path: string): boolean {
    return path.startsWith(`${this.id}/`)
  }

  /**
   * The file at `path` as the build would write it, rendering what it needs: its own job when the
   * path is known beforehand, else (a data-flow picture, an export) jobs in build order until it
   * appears. Undefined when the build writes no such file.
   */
  async file(path: string): Promise<string | Buffer | undefined> {
    if (this.#files.has(path)) return this.#files.get(path)
    const job = this.#jobOf.get(path)
    if (job) await this.#run(job)
    else
      for (const next of this.#planned.jobs) {
        if (this.#files.has(path)) break
        await this.#run(next)
      }
    return this.#files.get(path)
  }

  /** Render problems found so far (all of them once every job ran). */
  get diagnostics(): Diagnostic[] {
    return [...this.#planned.unit.idDiagnostics, ...this.#planned.unit.diagnostics]
  }

  #run(job: UnitJob): Promise<void> {
    let running = this.#running.get(job)
    if (!running) {
      const unit = this.#planned.unit
      const [files, diagnostics] = [unit.files.length, unit.diagnostics.length]
      running = job.run().then(() => {
        // A job puts its files synchronously, so what it added is what follows the earlier count
        // even when requests interleave.
        for (const file of unit.files.slice(files)) this.#files.set(file.path, file.content)
        const errors = unit.diagnostics.slice(diagnostics).filter((d) => d.severity === 'error')
        if (errors.length > 0) this.#onErrors(errors)
      })
      this.#running.set(job, running)
    }
    return running
  }
}
