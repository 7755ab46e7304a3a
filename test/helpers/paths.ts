import { fileURLToPath } from 'node:url'

/** The project root (where package.json is). */
export const root = fileURLToPath(new URL('../../', import.meta.url))
/** test/fixtures/ */
export const fixtures = `${root}test/fixtures/`
/** The compiled CLI that `npm test` builds first (`tsc`), run the way users run it. */
export const cli = `${root}lib/cli/index.js`
