/**
 * The commands an instance finds first on its PATH, standing in for the ones that would need root
 * or a real machine: sudo, apt, systemctl, shutdown, cloud-init. They keep their effects inside
 * the instance's root (so that a captured image contains "what was installed") and ask the
 * instance host for power changes through request files in the instance's control directory.
 */

/** Single-quotes a value for a POSIX shell. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'"'"'`)}'`
}

export interface ShimPaths {
  /** The instance's root (its user's home). */
  root: string
  /** Directory the host watches for power requests. */
  control: string
}

/** Request files are written under a dot name and renamed, so the host never reads half of one. */
const REQUEST = `request() {
  tmp="$CONTROL/.req.$$"
  printf '%s\\n' "$1" > "$tmp" && mv "$tmp" "$CONTROL/req.$(date +%s%N).$$"
}`

const SUDO = `# No privilege on the emulator's machine: the command runs as this same unprivileged user.
login=
while [ $# -gt 0 ]; do
  case $1 in
    --) shift; break ;;
    -u|-g|-p|-C|-D|-h|-r|-t|-U|-T|--user|--group|--prompt|--close-from|--host|--role|--type|--other-user|--command-timeout)
      [ "$1" = -D ] && { cd "$2" || exit 1; }
      shift 2 ;;
    --chdir=*) cd "\${1#--chdir=}" || exit 1; shift ;;
    -i|-s|--login|--shell) login=1; shift ;;
    -[!-]*[ugCDrtUT]) shift 2 ;;
    -v|--validate|-k|--reset-timestamp|-K|--remove-timestamp) [ $# -eq 1 ] && exit 0; shift ;;
    -*) shift ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then
  [ -n "$login" ] && exec "\${SHELL:-/bin/sh}" -l
  echo "usage: sudo [-EHnS] [-u user] command [arg ...]" >&2
  exit 1
fi
# env applies leading NAME=value words, as sudo does.
exec env -- "$@"`

const APT = `# Records packages as installed under the instance's root instead of installing them.
db="$ROOT/var/lib/emulated-apt/installed"
mkdir -p "$db"
cmd=
pkgs=()
for arg; do
  case $arg in
    -o|-t|-c) skip=1; continue ;;
    -*) continue ;;
  esac
  if [ -n "\${skip:-}" ]; then skip=; continue; fi
  if [ -z "$cmd" ]; then cmd=$arg; else pkgs+=("$arg"); fi
done
case $cmd in
  update)
    echo "Hit:1 http://archive.ubuntu.com/ubuntu jammy InRelease"
    echo "Hit:2 http://security.ubuntu.com/ubuntu jammy-security InRelease"
    echo "Reading package lists..." ;;
  install|reinstall)
    echo "Reading package lists..."
    echo "Building dependency tree..."
    echo "Reading state information..."
    for p in "\${pkgs[@]}"; do
      name=\${p%%=*}
      case $name in */*|*..*|'') echo "E: Unable to locate package $p" >&2; exit 100 ;; esac
      : > "$db/$name"
      echo "Setting up $name (emulated) ..."
    done ;;
  remove|purge|autoremove)
    for p in "\${pkgs[@]}"; do
      case $p in */*|*..*|'') continue ;; esac
      rm -f "$db/$p" && echo "Removing $p (emulated) ..."
    done ;;
  list)
    echo "Listing..."
    for f in "$db"/*; do [ -e "$f" ] && echo "\${f##*/}/now emulated amd64 [installed]"; done ;;
  upgrade|dist-upgrade|full-upgrade)
    echo "Reading package lists..."
    echo "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded." ;;
  ''|clean|autoclean|-*) ;;
  *) ;;
esac
exit 0`

const SYSTEMCTL = `# Records unit state under the instance's root; there is no init system to talk to.
state="$ROOT/var/lib/emulated-systemd"
mkdir -p "$state/enabled" "$state/active"
verb=
now=
units=()
for arg; do
  case $arg in
    --now) now=1 ;;
    -*) ;;
    *) if [ -z "$verb" ]; then verb=$arg; else units+=("$arg"); fi ;;
  esac
done
unit() { case $1 in *.*) printf '%s' "$1" ;; *) printf '%s.service' "$1" ;; esac; }
status=0
for u in "\${units[@]}"; do
  u=$(unit "$u")
  case $verb in
    enable) : > "$state/enabled/$u"; [ -n "$now" ] && : > "$state/active/$u"
      echo "Created symlink /etc/systemd/system/multi-user.target.wants/$u → /lib/systemd/system/$u." ;;
    disable) rm -f "$state/enabled/$u"; [ -n "$now" ] && rm -f "$state/active/$u" ;;
    start|restart|reload|reload-or-restart|try-restart) : > "$state/active/$u" ;;
    stop) rm -f "$state/active/$u" ;;
    mask|unmask) ;;
    is-active) if [ -e "$state/active/$u" ]; then echo active; else echo inactive; status=3; fi ;;
    is-enabled) if [ -e "$state/enabled/$u" ]; then echo enabled; else echo disabled; status=1; fi ;;
    status)
      if [ -e "$state/active/$u" ]; then echo "● $u - emulated"; echo "     Active: active (running)"
      else echo "○ $u - emulated"; echo "     Active: inactive (dead)"; status=3; fi ;;
  esac
done
exit $status`

const POWER = `# shutdown, poweroff, halt and reboot: the instance host powers the instance off (or restarts its
# sshd) when it reads the request this writes.
${REQUEST}
action=poweroff
when=
case \${0##*/} in
  reboot) action=reboot; when=now ;;
  poweroff|halt) when=now ;;
esac
for arg; do
  case $arg in
    -r|--reboot) action=reboot ;;
    -h|-H|-P|--halt|--poweroff) action=poweroff ;;
    -c) action=cancel ;;
    -k) action=wall ;;
    -f|--force|-ff|-p|-n|-w|--no-wall|-q) ;;
    -*) ;;
    *) [ -z "$when" ] && when=$arg ;;
  esac
done
case $action in
  cancel) request cancel; exit 0 ;;
  wall) exit 0 ;;
esac
case \${when:-+1} in
  now) minutes=0 ;;
  +*) minutes=\${when#+} ;;
  *:*)
    target=$(date -d "$when" +%s 2>/dev/null) || { echo "Failed to parse time specification: $when" >&2; exit 1; }
    current=$(date +%s)
    [ "$target" -le "$current" ] && target=$((target + 86400))
    minutes=$(( (target - current + 59) / 60 )) ;;
  *) minutes=$when ;;
esac
case $minutes in
  ''|*[!0-9]*) echo "Failed to parse time specification: $when" >&2; exit 1 ;;
esac
if [ "$minutes" -eq 0 ]; then
  request "$action 0"
  exit 0
fi
request "$action $minutes"
echo "Shutdown scheduled for $(date -d "+$minutes min" '+%a %Y-%m-%d %H:%M:%S %Z'), use 'shutdown -c' to cancel."
exit 0`

const CLOUD_INIT = `# cloud-init has nothing left to do on an emulated instance: it is always done.
case $1 in
  status)
    echo "status: done"
    case " $* " in *" --long "*|*" -l "*) echo "boot_status_code: enabled-by-generator"; echo "detail:"; echo "DataSourceEc2" ;; esac ;;
esac
exit 0`

/** File name → script text, for one instance's shim directory. */
export function shimScripts(paths: ShimPaths): Record<string, string> {
  const header =
    `#!/bin/bash\n` + `ROOT=${shellQuote(paths.root)}\n` + `CONTROL=${shellQuote(paths.control)}\n`
  const power = `${header}${POWER}\n`
  return {
    sudo: `${header}${SUDO}\n`,
    apt: `${header}${APT}\n`,
    'apt-get': `${header}${APT}\n`,
    systemctl: `${header}${SYSTEMCTL}\n`,
    shutdown: power,
    poweroff: power,
    halt: power,
    reboot: power,
    'cloud-init': `${header}${CLOUD_INIT}\n`
  }
}

/** The ForceCommand of an instance's sshd: every session starts in the root with it as HOME, the
 * shims first on PATH, and a mark in its environment so the host can find it to end it. */
export function sessionScript(options: {
  root: string
  shimDir: string
  mark: string
  sftpServer: string
}): string {
  return `#!/bin/sh
HOME=${shellQuote(options.root)}
PATH=${shellQuote(options.shimDir)}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
AMI_BUILD_INSTANCE=${shellQuote(options.mark)}
export HOME PATH AMI_BUILD_INSTANCE
cd "$HOME" || exit 1
case \${SSH_ORIGINAL_COMMAND-} in
  ${options.sftpServer}) exec ${options.sftpServer} -d "$HOME" ;;
  '') exec "\${SHELL:-/bin/sh}" -l ;;
esac
exec "\${SHELL:-/bin/sh}" -c "$SSH_ORIGINAL_COMMAND"
`
}
