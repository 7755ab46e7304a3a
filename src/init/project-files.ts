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

/**
 * The GitHub Actions workflow. Pull requests: check (annotated on the diff) and the semantic diff
 * against the base branch, failing on material changes so they get a deliberate review. The main
 * branch: the site with every past version, published with GitHub Pages. Full history is fetched
 * because both `diff` and `build --history` read past versions from git.
 */
export function workflowFile(): string {
  return `# Checks every pull request and publishes the site from main with GitHub Pages.
# Enable Pages once: Settings → Pages → Source: GitHub Actions.
name: policy

on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: policy-\${{ github.ref }}
  cancel-in-progress: true

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --no-audit --no-fund
      - name: Check the policies
        run: npx policyc check --format github
      - name: Material changes need a deliberate review
        if: github.event_name == 'pull_request'
        run: npx policyc diff --fail-on material origin/\${{ github.base_ref }}

  publish:
    if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
    needs: check
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --no-audit --no-fund
      - name: Build the site with every past version
        run: npx policyc build --history
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist
      - id: deployment
        uses: actions/deploy-pages@v4
`
}
