/**
 * The file provisioner, as Packer's: upload files, directory trees (a trailing slash on the
 * source uploads its contents, none uploads the directory itself) or `content`; or download.
 */
import { promises as fs } from 'node:fs'
import { basename } from 'node:path'
import type { FileProvisioner } from '../../template/model.js'
import { displayPath, Failure, transfer, type Attempt } from './attempt.js'

export async function runFile(provisioner: FileProvisioner, attempt: Attempt): Promise<void> {
  const { communicator, signal } = attempt
  const destination = attempt.expand(provisioner.destination)

  if (provisioner.direction === 'download') {
    for (const source of (provisioner.sources ?? []).map(attempt.expand)) {
      attempt.say(`Downloading ${source} => ${destination}`)
      await transfer(attempt, 'failed', () => communicator.download(source, destination, signal))
    }
    return
  }

  if (provisioner.content !== undefined) {
    attempt.say(`Uploading content => ${destination}`)
    const content = Buffer.from(attempt.expand(provisioner.content))
    await transfer(attempt, 'failed', () =>
      communicator.upload(destination, content, 0o644, signal)
    )
    return
  }

  for (const source of (provisioner.sources ?? []).map(attempt.expand)) {
    const stat = await fs.stat(source).catch(() => undefined)
    if (!stat) throw new Failure(`could not upload ${displayPath(source)}: it does not exist`)
    attempt.say(`Uploading ${displayPath(source)} => ${destination}`)
    if (stat.isDirectory()) {
      await transfer(attempt, 'failed', () => communicator.uploadDir(source, destination, signal))
    } else {
      const target = destination.endsWith('/') ? `${destination}${basename(source)}` : destination
      await transfer(attempt, 'failed', () =>
        communicator.upload(target, { localPath: source }, undefined, signal)
      )
    }
  }
}
