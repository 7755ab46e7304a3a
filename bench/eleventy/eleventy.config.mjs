// Eleventy, as the benchmark runs it over the Markdown pages policyc emits: every page through
// markdown-it into one small Liquid layout (a head, a title, the content), nothing else. The
// Markdown is not run through a template language first: a policy's text is not a template.
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData('layout', 'page.liquid')
  return { markdownTemplateEngine: false, htmlTemplateEngine: 'liquid', templateFormats: ['md'] }
}
