/**
 * Terminal colours that follow the conventions users set: NO_COLOR turns them off, FORCE_COLOR
 * turns them on (FORCE_COLOR=0 off), otherwise only when writing to a terminal.
 */
export function useColor(stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return stream.isTTY === true && env.TERM !== 'dumb'
}

export interface Palette {
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  dim(text: string): string
  bold(text: string): string
}

const wrap = (open: number, close: number) => (text: string) => `\u001B[${open}m${text}\u001B[${close}m`

export function palette(enabled: boolean): Palette {
  if (!enabled) {
    const plain = (text: string) => text
    return { red: plain, yellow: plain, green: plain, dim: plain, bold: plain }
  }
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) }
}
