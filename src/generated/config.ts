/* Generated from schemas/ by `npm run generate`. Do not edit: change the schema instead. */

/**
 * The project configuration, `policyc.config.yaml` at the project root. policyc finds it from the working folder upward, or reads the file given with `--config`.
 */
export interface Config {
  /**
   * The date lint rules treat as today (YYYY-MM-DD), for example for the effective-date rule. `--now` and SOURCE_DATE_EPOCH take precedence; policyc never reads the system clock, so results are reproducible.
   */
  now?: string
  /**
   * Severity per lint rule id: `error` fails the check, `warn` reports without failing, `off` turns the rule off. Rules not listed keep their default (see `policyc explain RULE`).
   */
  rules?: {
    /**
     * The severity: error, warn or off.
     */
    [k: string]: 'error' | 'warn' | 'off'
  }
}
