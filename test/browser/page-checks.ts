import { AxeBuilder } from '@axe-core/playwright'
import axe from 'axe-core'
import type { Page } from 'playwright-core'

/**
 * The checks the browser suite runs on a loaded page. Each returns the problems it found as
 * readable lines (an empty list when the page passes), so a failing test lists every problem of
 * every page at once, and the deliberate-failure test can show that each check catches its fault.
 */

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * The axe rules whose outcome depends on colours. The dark scheme changes only colour values
 * (`prefers-color-scheme` in site.css), so in dark mode these are the rules that can change.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/**
 * What AxeBuilder evaluates before each run once `loadAxe` has put axe-core into the page: a
 * check instead of the 560 kB source again (AxeBuilder evaluates its source twice a call).
 */
const AXE_LOADED = 'if (typeof window.axe?.run !== "function") throw new Error("axe-core is not in this page: call loadAxe after loading it")'

/** Puts axe-core into the loaded page once, for every `axeProblems` call until the next load. */
export async function loadAxe(page: Page): Promise<void> {
  await page.evaluate(axe.source)
}

/**
 * Blocks of a page that axe has already checked, elsewhere in this run, in exactly the same form.
 * The region variants of a notice share most of their sections byte for byte (and pages at the
 * same depth share their relative links too), so each distinct section and picture is checked
 * once per colour scheme and rule set, while everything else on every page (the page's own
 * sections, header, landmarks, title, language, ids) is checked on every page.
 */
export class CheckedBlocks {
  private seen = new Set<string>()
  /** Blocks left out because they had been checked already, over the whole run. */
  skipped = 0

  async run(page: Page, key: string, check: (exclude: string | undefined) => Promise<string[]>): Promise<string[]> {
    const hashes = await page.evaluate(() => {
      // The top-level sections and figures of the main content, by a hash of their markup.
      const blocks = [...document.querySelectorAll('main section, main figure')].filter((el) => !el.parentElement?.closest('main section, main figure'))
      return blocks.map((el, index) => {
        let h = 0x811c9dc5
        const html = el.outerHTML
        for (let i = 0; i < html.length; i++) h = Math.imul(h ^ html.charCodeAt(i), 0x01000193)
        el.setAttribute('data-policyc-block', String(index))
        return `${html.length}:${(h >>> 0).toString(16)}`
      })
    })
    const old = hashes.flatMap((hash, index) => (this.seen.has(`${key} ${hash}`) ? [index] : []))
    this.skipped += old.length
    await page.evaluate((indexes) => {
      for (const el of document.querySelectorAll('[data-policyc-block]')) {
        if (indexes.includes(Number(el.getAttribute('data-policyc-block')))) el.setAttribute('data-policyc-checked', '')
      }
    }, old)
    try {
      const problems = await check(old.length ? '[data-policyc-checked]' : undefined)
      for (const hash of hashes) this.seen.add(`${key} ${hash}`)
      return problems
    } finally {
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('[data-policyc-block]')) el.removeAttribute('data-policyc-block')
        for (const el of document.querySelectorAll('[data-policyc-checked]')) el.removeAttribute('data-policyc-checked')
      })
    }
  }
}

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules (contrast included) in the page's current colour scheme,
 * or only `rules` when given; `exclude` leaves out elements (a CSS selector). Legacy mode runs axe
 * in the page itself: the site has no frames, and the default mode opens a blank page for every
 * call, which costs seconds a page.
 */
export async function axeProblems(page: Page, rules?: readonly string[], exclude?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page, axeSource: AXE_LOADED }).setLegacyMode(true).options({ resultTypes: ['violations'] })
  builder = rules ? builder.withRules([...rules]) : builder.withTags(WCAG_TAGS)
  if (exclude) builder = builder.exclude(exclude)
  const results = await builder.analyze()
  return results.violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.any[0]?.message ? ` — ${n.any[0].message}` : ''}`)
    return `axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help}; ${v.nodes.length} element(s): ${nodes.join(' | ')}`
  })
}

/** Heading levels start at h1 and never skip on the way down (h2 → h4 is a skip; h4 → h2 is fine). */
export async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => !h.closest('svg, template'))
    const h1s = headings.filter((h) => h.tagName === 'H1')
    if (h1s.length !== 1) problems.push(`headings: expected exactly one h1, found ${h1s.length}`)
    let previous = 0
    for (const h of headings) {
      const level = Number(h.tagName.slice(1))
      const text = (h.textContent ?? '').trim().slice(0, 60)
      if (previous === 0 && level !== 1) problems.push(`headings: the first heading is h${level} "${text}", expected h1`)
      else if (previous !== 0 && level > previous + 1) problems.push(`headings: h${previous} is followed by h${level} "${text}" (skips h${previous + 1})`)
      if (!text) problems.push(`headings: an empty h${level}`)
      previous = level
    }
    return problems
  })
}

/** Visible hierarchy: in the notice, h1 is set larger than h2, and h2 larger than h3. */
export async function headingSizeProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The largest of each level: a deliberately quiet heading (the contents box) does not count.
    const size = (selector: string) => {
      const sizes = [...document.querySelectorAll(`main ${selector}`)].map((el) => parseFloat(getComputedStyle(el).fontSize))
      return sizes.length ? Math.max(...sizes) : undefined
    }
    const [h1, h2, h3] = [size('h1'), size('h2'), size('h3')]
    const problems: string[] = []
    const body = parseFloat(getComputedStyle(document.querySelector('main') ?? document.body).fontSize)
    if (h1 !== undefined && h2 !== undefined && !(h1 > h2)) problems.push(`hierarchy: h1 (${h1}px) is not larger than h2 (${h2}px)`)
    if (h2 !== undefined && h3 !== undefined && !(h2 > h3)) problems.push(`hierarchy: h2 (${h2}px) is not larger than h3 (${h3}px)`)
    if (h1 !== undefined && !(h1 > body * 1.3)) problems.push(`hierarchy: h1 (${h1}px) barely stands out from the text (${body}px)`)
    return problems
  })
}

/** Every data table has a non-empty caption and header cells. */
export async function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')].flatMap((table, index) => {
      const name = table.caption?.textContent?.trim() || `table #${index + 1}${table.id ? ` (#${table.id})` : ''}`
      const problems: string[] = []
      if (!table.caption?.textContent?.trim()) problems.push(`tables: ${name} has no <caption>`)
      if (!table.querySelector('th')) problems.push(`tables: "${name}" has no <th> header cells`)
      else if (!table.querySelector('thead th, tr:first-child th')) problems.push(`tables: "${name}" has no header row`)
      return problems
    }),
  )
}

/**
 * The measure of the main text: the widest long paragraph in characters (its width over the
 * width of `1ch` in its own font). Undefined when the page has no paragraph long enough to wrap.
 */
export async function textMeasure(page: Page): Promise<{ ch: number; sample: string } | undefined> {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('main p')].filter((p) => (p.textContent ?? '').length > 400 && p.getClientRects().length > 0)
    let widest: { ch: number; sample: string } | undefined
    for (const p of paragraphs) {
      const probe = document.createElement('span')
      probe.style.cssText = 'position:absolute;visibility:hidden;width:100ch;'
      p.append(probe)
      const ch = probe.getBoundingClientRect().width / 100
      probe.remove()
      const measure = p.getBoundingClientRect().width / ch
      if (!widest || measure > widest.ch) widest = { ch: Math.round(measure), sample: (p.textContent ?? '').trim().slice(0, 50) }
    }
    return widest
  })
}

/** The "in short" summaries look different from the full text: their own background or a border. */
export async function inShortProblems(page: Page): Promise<{ count: number; problems: string[] }> {
  return page.evaluate(() => {
    const background = (el: Element | null): string => {
      for (let node = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg
      }
      return 'rgb(255, 255, 255)'
    }
    const hasBorder = (style: CSSStyleDeclaration) =>
      (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 2)
    const shorts = [...document.querySelectorAll('.in-short')]
    const problems = shorts.flatMap((short) => {
      const section = short.closest('section') ?? document.body
      const text = section.querySelector('.body p, .body li') ?? section
      const distinct = background(short) !== background(text) || hasBorder(getComputedStyle(short))
      return distinct ? [] : [`in short: "${(short.textContent ?? '').trim().slice(0, 40)}" looks the same as the full text (same background, no border)`]
    })
    return { count: shorts.length, problems }
  })
}

/**
 * On the current (narrow) viewport: the page itself never scrolls sideways, and anything wider
 * than the screen (tables, the data-flow picture) scrolls inside its own box.
 */
export async function overflowProblems(page: Page): Promise<{ problems: string[]; scrollingBoxes: number }> {
  return page.evaluate(() => {
    const problems: string[] = []
    const scroller = document.scrollingElement ?? document.documentElement
    if (scroller.scrollWidth > scroller.clientWidth) {
      // The innermost elements that stick out of the window, or whose content sticks out of them.
      const width = scroller.clientWidth
      const sticksOut = [...document.querySelectorAll('body *')].filter((el) => {
        if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') return false
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const o = getComputedStyle(a).overflowX
          if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return false
        }
        return el.getBoundingClientRect().right > width + 1 || (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
      })
      const culprits = sticksOut
        .filter((el) => !sticksOut.some((other) => other !== el && el.contains(other)))
        .slice(0, 3)
        .map((el) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`)
      problems.push(`overflow: the page scrolls sideways (${scroller.scrollWidth}px content in a ${scroller.clientWidth}px window; sticking out: ${culprits.join(', ')})`)
    }
    for (const el of [document.documentElement, document.body]) {
      const o = getComputedStyle(el).overflowX
      if (o === 'hidden' || o === 'clip') problems.push(`overflow: <${el.tagName.toLowerCase()}> hides horizontal overflow (content would be cut off, not scrollable)`)
    }
    let scrollingBoxes = 0
    for (const wide of document.querySelectorAll('table, svg')) {
      if (wide.parentElement?.closest('svg')) continue
      let box: Element | null = null
      for (let a = wide.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX
        if (o === 'auto' || o === 'scroll') {
          box = a
          break
        }
      }
      const width = wide.getBoundingClientRect().width
      if (box && box.scrollWidth > box.clientWidth) scrollingBoxes++
      const label = wide.tagName === 'TABLE' ? `table "${(wide as HTMLTableElement).caption?.textContent?.trim().slice(0, 40) ?? '?'}"` : 'svg'
      if (!box && width > scroller.clientWidth) problems.push(`overflow: ${label} is ${Math.round(width)}px wide and has no scrolling box of its own`)
      if (box && box.scrollWidth > box.clientWidth) {
        // A box that scrolls must be reachable with the keyboard and named for screen readers,
        // unless it holds something focusable already.
        const focusable = box.matches('[tabindex]') || box.querySelector('a[href], button, [tabindex]')
        if (!focusable) problems.push(`overflow: the scrolling box around ${label} cannot be scrolled with the keyboard (no tabindex, nothing focusable inside)`)
      }
    }
    return { problems, scrollingBoxes }
  })
}

/** Under print emulation: no navigation chrome, and the address of every outside link is printed. */
export async function printProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const rendered = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    const chrome = document.querySelectorAll('nav, [role="navigation"], .skip-link, .site-header, .site-footer, details.switcher, a[href="#_main"]')
    for (const el of chrome) {
      if (rendered(el)) problems.push(`print: navigation chrome <${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}> is printed`)
    }
    const bare = (s: string) => s.replace(/^https?:\/\//, '').replace(/\/$/, '')
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (!rendered(a)) continue
      const href = a.getAttribute('href') ?? ''
      if (!/^https?:\/\//i.test(href) || new URL(href).origin === location.origin) continue
      if ((a.textContent ?? '').includes(bare(href))) continue // the link text is the address already
      const after = getComputedStyle(a, '::after').content
      if (!(after.includes('attr(href)') || after.includes(bare(href)))) problems.push(`print: the link "${(a.textContent ?? '').trim().slice(0, 40)}" prints without its address ${href}`)
    }
    return problems
  })
}

/** Focus is visible on the focused element: an outline or a box shadow under :focus-visible. */
export async function focusRing(page: Page): Promise<{ visible: boolean; describe: string }> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return { visible: false, describe: 'nothing focused' }
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none'
    return {
      visible: el.matches(':focus-visible') && (outline || shadow),
      describe: `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 30)}: outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`,
    }
  })
}

interface Focused {
  tag: string
  href: string | null
  text: string
  inViewport: boolean
  index: number
}

async function focused(page: Page): Promise<Focused | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return undefined
    const r = el.getBoundingClientRect()
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').trim().slice(0, 40),
      inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0,
      index: [...document.querySelectorAll('*')].indexOf(el),
    }
  })
}

/** After an in-page link was followed: the target is in view, and Tab continues from it. */
async function followedTo(page: Page, hash: string, what: string): Promise<string[]> {
  const problems: string[] = []
  const arrived = await page.waitForFunction((h) => location.hash === h, hash, { timeout: 2000 }).then(() => true, () => false)
  if (!arrived) return [`keyboard: Enter on ${what} did not change the address to ${hash} (it is ${await page.evaluate(() => location.hash)})`]
  const target = await page.evaluate(() => {
    const t = document.querySelector(':target')
    if (!t) return undefined
    const r = t.getBoundingClientRect()
    // Scrolled to the top of the window, unless the page ends before it can be.
    const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2
    return { id: t.id, tag: t.tagName.toLowerCase(), top: Math.round(r.top), visible: r.top >= -1 && (r.top <= 120 || (atEnd && r.top < innerHeight)), index: [...document.querySelectorAll('*')].indexOf(t) }
  })
  if (!target) return [`keyboard: ${hash} matches no element (:target is empty)`]
  if (!target.visible) problems.push(`keyboard: after ${what}, the target <${target.tag} id="${target.id}"> was not scrolled to the top of the window (its top is at ${target.top}px)`)
  await page.keyboard.press('Tab')
  const next = await focused(page)
  if (!next || next.index <= target.index) problems.push(`keyboard: after ${what}, Tab did not continue from the target (focus is on ${next ? `<${next.tag}> "${next.text}"` : 'nothing'})`)
  return problems
}

/**
 * The keyboard alone, on a freshly loaded page: the first Tab lands on a visible skip link, Enter
 * moves to the main content (and the next Tab stays there); Tab reaches the table of contents,
 * Enter on its first entry makes that section's heading the target, scrolled to the top.
 */
export async function keyboardProblems(page: Page, options: { needsSkipLink: boolean }): Promise<{ problems: string[]; tocLinks: number }> {
  const problems: string[] = []
  await page.keyboard.press('Tab')
  const first = await focused(page)
  const skip = first?.tag === 'a' && first.href?.startsWith('#') ? first : undefined
  if (!skip) {
    if (options.needsSkipLink) problems.push(`keyboard: the first Tab lands on ${first ? `<${first.tag}> "${first.text}"` : 'nothing'}, not on a skip link`)
  } else {
    if (!skip.inViewport) problems.push(`keyboard: the skip link "${skip.text}" is focused but not visible on screen`)
    const ring = await focusRing(page)
    if (!ring.visible) problems.push(`focus: the skip link shows no visible focus (${ring.describe})`)
    const main = await page.evaluate((href) => {
      const target = document.getElementById(href.slice(1))
      return { exists: !!target, isMain: !!target && (target.tagName === 'MAIN' || target.getAttribute('role') === 'main' || !!target.querySelector('main')) }
    }, skip.href!)
    if (!main.isMain) problems.push(`keyboard: the skip link points at ${skip.href}, which is ${main.exists ? 'not the main content' : 'missing'}`)
    await page.keyboard.press('Enter')
    problems.push(...(await followedTo(page, skip.href!, 'the skip link')))
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'))
    if (!inMain) problems.push('keyboard: after the skip link, the next Tab leaves the main content')
  }

  const tocLinks = await page.evaluate(() => document.querySelectorAll('main nav a[href^="#"]').length)
  if (tocLinks === 0) return { problems, tocLinks }
  // Tab (bounded) to the first entry of the table of contents.
  let onToc = false
  for (let i = 0; i < 60 && !onToc; i++) {
    onToc = await page.evaluate(() => !!document.activeElement?.matches('main nav a[href^="#"]'))
    if (!onToc) await page.keyboard.press('Tab')
  }
  if (!onToc) {
    problems.push('keyboard: 60 presses of Tab never reached the table of contents')
    return { problems, tocLinks }
  }
  const ring = await focusRing(page)
  if (!ring.visible) problems.push(`focus: a table-of-contents link shows no visible focus (${ring.describe})`)
  // The first entry: its section lies below the contents (and the picture), so following it
  // has to scroll. (Walking on to the last entry costs a key press per entry on every page.)
  const entry = await focused(page)
  if (!entry?.href) return { problems: [...problems, 'keyboard: the focused contents entry has no address'], tocLinks }
  await page.keyboard.press('Enter')
  problems.push(...(await followedTo(page, entry.href, `the contents entry "${entry.text}"`)))
  const heading = await page.evaluate(() => {
    const t = document.querySelector(':target')
    return !!t && (/^H[1-6]$/.test(t.tagName) || !!t.querySelector('h1, h2, h3, h4, h5, h6'))
  })
  if (!heading) problems.push(`keyboard: the contents entry "${entry.text}" does not lead to a section heading`)
  return { problems, tocLinks }
}
