import './dirname.js'
import { runPost } from './action/post.js'

await runPost()
