import { InvalidArgumentError, type Command } from 'commander'

export interface DevFlags {
  out: string
  port: number
  host: string
  open?: boolean
  force?: boolean
  write?: boolean
  config?: string
  now?: string
  quiet?: boolean
  verbose?: boolean
}

/** `policyc dev [paths...]`: options only; the work is in dev.ts, imported when it runs. */
export function registerDev(program: Command): void {
  program
    .command('dev')
    .description('build, serve the site on 127.0.0.1, and rebuild and reload the page on every save')
    .argument('[paths...]', 'policy folders, YAML files, or folders of policies', ['policies'])
    .option('-o, --out <dir>', 'the output folder that is built and served', 'dist')
    .option('--write', 'also write each save into the output folder (slower); without it, saved policies are served from memory and the folder keeps the first build')
    .option('-p, --port <n>', 'the port to serve on; 0 picks a free one', parsePort, 4000)
    .option('--host <address>', 'the address to bind; keep 127.0.0.1 unless others must see the preview', '127.0.0.1')
    .option('--open', 'open the preview in the default browser')
    .option('--force', 'replace a non-empty output folder that policyc did not create (never .git, the home folder, its dot-folders or a system folder)')
    .option('--config <file>', 'the project config (default: policyc.config.yaml in this folder or above)')
    .option('--now <date>', 'the date lint rules treat as today, YYYY-MM-DD')
    .option('-q, --quiet', 'print only the address and errors')
    .option('--verbose', 'also print each change, and every warning on every rebuild')
    .addHelpText(
      'after',
      '\nExamples:\n  policyc dev                      build policies/ into dist/ and serve it at http://127.0.0.1:4000/\n  policyc dev --port 0             any free port (the address is printed)\n  policyc dev policies/xwms        one policy only\n\nA save that breaks the policy keeps the last good site: the terminal and the open page show\nthe problems until the source is fixed. After a save, the edited policy is served from memory,\nits pages rendered as they are opened; the output folder keeps the first build unless --write\nis given (run policyc build to write the site). Ctrl-C stops the server (exit 0).',
    )
    .action(async (paths: string[], flags: DevFlags) => {
      const { runDev } = await import('./dev.js')
      process.exitCode = await runDev(paths, flags)
    })
}

function parsePort(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('Use a number from 0 to 65535 (0 picks a free port).')
  return n
}
