import { describe, expect, it } from 'vitest'
import { createOutput, formatDuration, isCi } from '../../src/cli/progress.js'

function stream(isTTY: boolean) {
  const chunks: string[] = []
  return { isTTY, columns: 60, write: (text: string) => chunks.push(text), text: () => chunks.join('') }
}

const clock = () => {
  let t = 0
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('createOutput', () => {
  it('draws one updating line on a terminal, then the summary on a clean line', () => {
    const out = stream(true)
    const time = clock()
    const output = createOutput({ stream: out, env: {}, now: time.now })
    expect(output.live).toBe(true)
    output.start('building')
    time.advance(100)
    output.progress({ policies: 1, policiesTotal: 2, pages: 40 })
    time.advance(1400)
    output.progress({ policies: 2, pages: 80 })
    output.done('✔ built 2 policies')
    expect(out.text()).toContain('\r\u001B[2Kbuilding 1/2 policies, 40 pages, 100 ms')
    expect(out.text()).toContain('\r\u001B[2Kbuilding 2/2 policies, 80 pages, 1.5 s')
    expect(out.text().endsWith('\r\u001B[2K✔ built 2 policies\n')).toBe(true)
  })

  it.each([
    ['not a terminal', false, {}],
    ['CI=true', true, { CI: 'true' }],
    ['TERM=dumb', true, { TERM: 'dumb' }],
  ])('%s: only the summary line, no control characters', (_name, isTTY, env) => {
    const out = stream(isTTY)
    const output = createOutput({ stream: out, env })
    output.start('building')
    output.progress({ policies: 1, pages: 3 })
    output.info('a message')
    output.done('✔ built 1 policy')
    expect(out.text()).toBe('a message\n✔ built 1 policy\n')
    // eslint-disable-next-line no-control-regex
    expect(out.text()).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/)
  })

  it('--quiet prints nothing; --verbose adds details', () => {
    const quiet = stream(true)
    const q = createOutput({ stream: quiet, env: {}, quiet: true, verbose: true })
    q.start('building')
    q.info('x')
    q.detail('y')
    q.done('done')
    expect(quiet.text()).toBe('')
    const verbose = stream(false)
    const v = createOutput({ stream: verbose, env: {}, verbose: true })
    v.detail('changed: a.yaml')
    expect(verbose.text()).toBe('changed: a.yaml\n')
  })

  it('keeps the progress line below messages printed meanwhile', () => {
    const out = stream(true)
    const output = createOutput({ stream: out, env: {}, now: () => 0 })
    output.start('building')
    output.info('warning: x')
    expect(out.text()).toBe('\r\u001B[2Kbuilding 0 ms\r\u001B[2Kwarning: x\n\r\u001B[2Kbuilding 0 ms')
  })
})

describe('isCi and formatDuration', () => {
  it('reads CI the way CI services set it', () => {
    expect(isCi({ CI: 'true' })).toBe(true)
    expect(isCi({ CI: '1' })).toBe(true)
    expect(isCi({ CI: 'false' })).toBe(false)
    expect(isCi({ CI: '0' })).toBe(false)
    expect(isCi({})).toBe(false)
  })

  it('rounds for people', () => {
    expect(formatDuration(84.4)).toBe('84 ms')
    expect(formatDuration(1449)).toBe('1.4 s')
    expect(formatDuration(125_000)).toBe('2 min 05 s')
  })
})
