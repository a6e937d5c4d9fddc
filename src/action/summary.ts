/**
 * Small pieces of the job summary. workflow.summary writes its arguments as raw HTML, so every value
 * that comes from a template, a user or AWS goes through escapeHtml first.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * A link to a line of a file in the repository at the commit being checked, when the run says
 * which one (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA); plain text otherwise. `file` is
 * relative to the workspace.
 */
export function fileLink(
  file: string,
  line: number,
  text: string,
  env: Record<string, string | undefined>
): string {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const repository = env.GITHUB_REPOSITORY
  const sha = env.GITHUB_SHA
  if (!repository || !sha || file.startsWith('/')) return `<code>${escapeHtml(text)}</code>`
  const path = file.split('/').map(encodeURIComponent).join('/')
  const url = `${server}/${repository}/blob/${sha}/${path}${line > 0 ? `#L${line}` : ''}`
  return `<a href="${escapeHtml(url)}"><code>${escapeHtml(text)}</code></a>`
}
