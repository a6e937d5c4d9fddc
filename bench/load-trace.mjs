// Preloaded with `node --import` by the start-up benchmark: records every module file the process
// loads (ESM imports, ncc's import() chunks, require()d native addons) into $BENCH_LOAD_TRACE, so
// the report can say which parts of the bundle `validate` reads.
import { appendFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const trace = process.env.BENCH_LOAD_TRACE
if (trace) {
  registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:')) appendFileSync(trace, `${url}\n`)
      return nextLoad(url, context)
    }
  })
}
