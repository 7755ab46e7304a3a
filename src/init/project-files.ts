/**
 * The files `policyc init` writes besides the policy: the config, .gitignore, package.json and the
 * CI workflow. Plain text templates, so what a new project gets can be read here in one place.
 */

/** Where editors find the installed package's schemas, relative to the project root. */
export const INSTALLED_SCHEMAS = 'node_modules/policyc/schemas'

export function configFile(): string {
  return `# yaml-language-server: $schema=${INSTALLED_SCHEMAS}/config.schema.json
# policyc's settings for this project. Every key is optional; an editor with a YAML extension
# completes them and shows what each one means.
#
# rules: the severity of a lint rule by its id: error, warn or off.
#   \`npx policyc explain RULE\` tells what a rule checks and why.
rules: {}
`
}

export function gitignoreFile(): string {
  return `# Written by \`policyc build\` and \`policyc dev\`; CI builds and publishes it.
dist/
node_modules/
# A build's staging and swapped-out folders, left beside dist/ only if it was killed mid-swap.
.dist-tmp-*/
.dist-old-*/
# The lock a build holds on dist/ (taken over by the next build if its build was killed).
.dist.lock
`
}

export function packageFile(name: string, policycVersion: string): string {
  const manifest = {
    name,
    private: true,
    description: 'Privacy policies as data, checked and published with policyc',
    scripts: {
      check: 'policyc check',
      build: 'policyc build',
      dev: 'policyc dev',
    },
    devDependencies: {
      policyc: `^${policycVersion}`,
    },
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}

/** The label a reviewer puts on a pull request to sign off its material changes (the gate then passes). */
export const SIGN_OFF_LABEL = 'policy-change-approved'

/**
 * The GitHub Actions workflow.
 *
 * Pull requests: check (annotated on the diff), then the semantic diff against the base branch,
 * written to the job summary and kept as one pull-request comment, and a gate that fails on
 * material changes until a reviewer adds the SIGN_OFF_LABEL label (labelling re-runs it).
 * The main branch: the site with every past version, built with the URL GitHub Pages gives
 * (configure-pages), so the sitemap and JSON-LD ids are absolute, and published with Pages.
 *
 * Versions: the current majors of the official actions (checkout v6, setup-node v6,
 * configure-pages v6, upload-pages-artifact v5, deploy-pages v5: their Node 24 releases, 2026)
 * and Node 24, the active LTS line. `npm ci` installs exactly the package-lock.json the project
 * commits (`npm install` writes it); setup-node caches npm's downloads by that lockfile.
 * Full history is fetched because both `diff` and `build --history` read past versions from git.
 * Deployments are never cancelled (Pages' own advice): a newer run waits for the one deploying.
 */
export function workflowFile(): string {
  return `# Checks every pull request and publishes the site from main with GitHub Pages.
# Enable Pages once: Settings → Pages → Source: GitHub Actions. Commit package-lock.json
# (\`npm install\` writes it): \`npm ci\` below installs exactly that.
# Material changes to a policy fail the pull request until a reviewer adds the label
# "${SIGN_OFF_LABEL}".
name: policy

on:
  pull_request:
    types: [opened, synchronize, reopened, labeled, unlabeled]
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    concurrency:
      group: policy-check-\${{ github.ref }}
      cancel-in-progress: true
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v6
        with:
          node-version: 24
          cache: npm
      - run: npm ci --no-audit --no-fund
      - name: Check the policies
        run: npx policyc check --format github
      - name: What changed, and is it material
        if: github.event_name == 'pull_request'
        env:
          BASE_REF: \${{ github.base_ref }}
        run: |
          npx policyc diff --format markdown "origin/$BASE_REF" > policy-diff.md
          cat policy-diff.md >> "$GITHUB_STEP_SUMMARY"
      - name: Post the changes on the pull request
        if: github.event_name == 'pull_request'
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
        # A pull request from a fork gets a read-only token: the summary above still has the diff.
        run: gh pr comment "$PR" --body-file policy-diff.md --edit-last --create-if-none || echo "::warning::could not comment on the pull request; the diff is in the job summary"
      - name: Material changes need sign-off (label ${SIGN_OFF_LABEL})
        if: github.event_name == 'pull_request' && !contains(github.event.pull_request.labels.*.name, '${SIGN_OFF_LABEL}')
        env:
          BASE_REF: \${{ github.base_ref }}
        run: npx policyc diff --fail-on material "origin/$BASE_REF"

  publish:
    if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
    needs: check
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    concurrency:
      group: pages
      cancel-in-progress: false
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v6
        with:
          node-version: 24
          cache: npm
      - run: npm ci --no-audit --no-fund
      - id: pages
        uses: actions/configure-pages@v6
      - name: Build the site with every past version
        env:
          BASE_URL: \${{ steps.pages.outputs.base_url }}
        run: npx policyc build --history --base-url "$BASE_URL"
      - uses: actions/upload-pages-artifact@v5
        with:
          path: dist
      - id: deployment
        uses: actions/deploy-pages@v5
`
}
