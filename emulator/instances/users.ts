/**
 * The image's default user (ubuntu, ec2-user) as an unprivileged account on this machine: the
 * instance's commands run as it, so they can change nothing but what it owns (its instance roots).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Serialises useradd across processes: several emulators may create `ubuntu` at the same moment. */
const USERADD_LOCK = '/tmp/ami-build-useradd.lock'

// A password field of `*` (no password can match) rather than useradd's `!`: with `!` sshd treats
// the account as locked and refuses even public-key logins. The passwd home must exist too: sshd
// enters it before the session script moves to the instance root, and complains on stderr if not.
const ENSURE_USER = `
getent passwd "$1" >/dev/null || useradd --create-home --shell /bin/bash --password '*' "$1" || exit 1
case $(getent shadow "$1" | cut -d: -f2) in '!'*) usermod --password '*' "$1" ;; esac
home=$(getent passwd "$1" | cut -d: -f6)
[ -d "$home" ] || { mkdir -p "$home" && chown "$1": "$home"; }
`

const ensured = new Map<string, Promise<void>>()

export function ensureUser(user: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(user)) {
    return Promise.reject(new Error(`invalid user name for an instance: ${JSON.stringify(user)}`))
  }
  if (user === 'root') {
    return Promise.reject(
      new Error('an instance user must not be root: instances get no privilege on this machine')
    )
  }
  let pending = ensured.get(user)
  if (!pending) {
    pending = run('flock', [USERADD_LOCK, 'sh', '-c', ENSURE_USER, 'sh', user]).then(
      () => undefined,
      error => {
        ensured.delete(user)
        throw new Error(
          `could not create the instance user ${user}: ${(error as { stderr?: string }).stderr?.trim() || error}`
        )
      }
    )
    ensured.set(user, pending)
  }
  return pending
}

/** Gives a tree to the user, so that its commands can write everywhere in it. */
export async function giveTree(user: string, dir: string): Promise<void> {
  await run('chown', ['-R', '--no-dereference', `${user}:`, '--', dir])
}

const checked = new Map<string, Promise<void>>()

/** Every session enters user and mount namespaces as the instance user (see sessionScript): find
 * out once, at the first start, whether this machine allows that, rather than refuse every login. */
export function checkNamespaces(user: string): Promise<void> {
  let pending = checked.get(user)
  if (!pending) {
    pending = run('runuser', [
      '-u',
      user,
      '--',
      'unshare',
      '--user',
      '--map-root-user',
      '--mount',
      'true'
    ]).then(
      () => undefined,
      error => {
        checked.delete(user)
        throw new Error(
          `emulated instances need unprivileged user namespaces, and ${user} cannot create one here ` +
            `(${(error as { stderr?: string }).stderr?.trim() || error}). Allow them ` +
            '(sysctl user.max_user_namespaces > 0, kernel.unprivileged_userns_clone=1, ' +
            'kernel.apparmor_restrict_unprivileged_userns=0) or run the emulator in a container ' +
            'that does.'
        )
      }
    )
    checked.set(user, pending)
  }
  return pending
}
