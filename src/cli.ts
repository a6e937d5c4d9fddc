#!/usr/bin/env node
import './dirname.js'
import { main } from './cli/main.js'

process.exitCode = await main(process.argv.slice(2))
