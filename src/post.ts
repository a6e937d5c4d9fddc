import './dirname.js'
import { githubPostDeps, runPost } from './action/post.js'
import { actionsReporter } from './action/reporter.js'

// The runner does not cancel post steps; the signal is there for the sweep's contract.
const signal = new AbortController().signal
await runPost(
  githubPostDeps(
    // Loaded only when there is something to remove: it brings the AWS SDK.
    async () => (await import('./engine/sweep.js')).sweep,
    actionsReporter,
    signal
  )
)
