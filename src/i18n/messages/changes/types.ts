/**
 * The words of a change to a notice, for the people who read one: the redline page
 * (`policyc diff --format html`, the site's `changes/`), the changelog's timeline, and the plain
 * sentences of `policyc diff --format text|markdown`. Sentences receive names and values already
 * in words (a recipient's name, "7 years", "Consent"), never ids: ids are for the JSON format.
 */
export interface ChangeWords {
  /** `<title>` and heading of a redline: "Privacy Notice: what changed". */
  title: (policy: string) => string
  /** "From the version of 1 June 2025 to the version of 1 December 2026." */
  between: (from: string, to: string) => string
  /** "As readers in California read it." / "As every reader reads it (all regions)." */
  forReaders: (variant: string) => string
  /** The same, for the global page, which has every region's text. */
  forAll: string
  summaryHeading: string
  material: string
  editorial: string
  /** One sentence on what "material" means. */
  materialNote: string
  noChanges: string
  redlineHeading: string
  /** How the marks look, for a reader of the page (and of its printout). */
  legend: string
  /** Link text from a change to its place in the redline. */
  see: string
  /** After a change that no text of this page shows. */
  notOnPage: string
  /** The `<summary>` of an unchanged section, collapsed. */
  unchanged: string
  sectionAdded: string
  sectionRemoved: string
  sectionChanged: string
  /** Screen-reader words around marked text and at the start of a marked table row. */
  deletedStart: string
  deletedEnd: string
  insertedStart: string
  insertedEnd: string
  rowAdded: string
  rowRemoved: string
  /** The skip link of a redline page. */
  skipToChanges: string
  readVersion: string
  allVersions: string
  /** The version timeline on the changelog page. */
  timeline: { title: string; caption: string; material: string; editorial: string; first: string; label: (date: string, kind: string) => string }
  /** The thing a change is about, as a noun: "recipient", "section". */
  subject: Readonly<Record<string, string>>
  /** A field of a thing, in words: "retention period", "legal basis". */
  field: Readonly<Record<string, string>>
  /** "New recipient: Mollie". */
  added: (kind: string, name: string) => string
  removed: (kind: string, name: string) => string
  /** Only an internal id changed: nothing a reader sees. */
  renamed: (kind: string, name: string) => string
  /** "Mollie, role: now Third party instead of Processor". */
  value: (name: string, field: string, before: string, after: string) => string
  /** A field flagged although its value did not change (a material change whose effective date did not move). */
  stillValue: (name: string, field: string, value: string) => string
  valueSet: (name: string, field: string, after: string) => string
  valueUnset: (name: string, field: string, before: string) => string
  listAdded: (name: string, field: string, items: string) => string
  listRemoved: (name: string, field: string, items: string) => string
  /** "Section “Cookies”: text reworded". */
  reworded: (name: string, field: string) => string
  /** "Account data is now kept for 10 years instead of 7 years". */
  keptFor: (what: string, after: string, before: string) => string
  /** "Mollie (Take payments) added as a recipient in the Netherlands". */
  recipientAdded: (name: string, purposes: string, countries: string) => string
  /** "Mollie no longer receives personal data". */
  recipientRemoved: (name: string) => string
  /** A sentence limited to some regions: "… (in the EEA and the United Kingdom)". */
  inRegions: (sentence: string, regions: string) => string
  /** A name in quotes, the language's way: “Cookies”. */
  quote: (name: string) => string
}
