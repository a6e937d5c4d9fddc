// ssh2's crypto code reads __dirname, which an ES module bundle does not define. This module is
// imported first by every entry so that the value exists before ssh2 is loaded.
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const globals = globalThis as { __dirname?: string }
globals.__dirname ??= dirname(fileURLToPath(import.meta.url))
