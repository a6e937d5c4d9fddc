/**
 * The commands an instance finds first on its PATH, standing in for the ones that would need root
 * or a real machine: sudo, apt, systemctl, shutdown, cloud-init. They run inside the session's
 * namespaces (see sessionScript), so their effects land in the instance's root (a captured image
 * contains "what was installed"), and ask the instance host for power changes through request
 * files in the instance's control directory.
 */

/** Single-quotes a value for a POSIX shell. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'"'"'`)}'`
}

/** Request files are written under a dot name and renamed, so the host never reads half of one. */
const REQUEST = `request() {
  tmp="$CONTROL/.req.$$"
  printf '%s\\n' "$1" > "$tmp" && mv "$tmp" "$CONTROL/req.$(date +%s%N).$$"
}`

const SUDO = `# Runs the command as root (or -u USER) in a nested user namespace: root there is still this
# machine's unprivileged instance user, so it can change the instance's own files (chown root:root,
# mkdir /var/www) and nothing else on the machine.
uid=0
gid=
login=
while [ $# -gt 0 ]; do
  case $1 in
    --) shift; break ;;
    -u|--user) target=$2; uid=$(id -u -- "$target" 2>/dev/null) || { echo "sudo: unknown user $target" >&2; exit 1; }
      gid=\${gid:-$(id -g -- "$target")}; shift 2 ;;
    --user=*) target=\${1#--user=}; uid=$(id -u -- "$target" 2>/dev/null) || { echo "sudo: unknown user $target" >&2; exit 1; }
      gid=\${gid:-$(id -g -- "$target")}; shift ;;
    -g|--group) gid=$(getent group "$2" | cut -d: -f3); [ -n "$gid" ] || { echo "sudo: unknown group $2" >&2; exit 1; }; shift 2 ;;
    -p|-C|-D|-h|-r|-t|-U|-T|--prompt|--close-from|--host|--role|--type|--other-user|--command-timeout)
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
gid=\${gid:-0}
if [ $# -eq 0 ] && [ -z "$login" ]; then
  echo "usage: sudo [-EHnS] [-u user] command [arg ...]" >&2
  exit 1
fi
SUDO_USER=$(id -un) SUDO_UID=$(id -u) SUDO_GID=$(id -g) SUDO_COMMAND="$*"
export SUDO_USER SUDO_UID SUDO_GID SUDO_COMMAND
if [ $# -eq 0 ]; then
  exec unshare --user --map-user="$uid" --map-group="$gid" -- "\${SHELL:-/bin/sh}" -l
fi
# env applies leading NAME=value words, as sudo does.
exec unshare --user --map-user="$uid" --map-group="$gid" -- env -- "$@"`

const APT = `# Records packages as installed instead of installing them, and lays down the few files a
# template commonly relies on (nginx's default page, its log directory) where Ubuntu puts them.
db=/var/lib/emulated-apt/installed
state=/var/lib/emulated-systemd
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
needs_root() {
  [ "$(id -u)" -eq 0 ] && return 0
  echo "E: Could not open lock file $1 - open (13: Permission denied)" >&2
  echo "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?" >&2
  exit 100
}
# What installing a package leaves behind on Ubuntu that a provisioner may use next; its service
# is enabled and started, as Debian's maintainer scripts do.
lay_down() {
  case $1 in
    nginx|nginx-core|nginx-full|nginx-light)
      mkdir -p /var/www/html /var/log/nginx /var/lib/nginx
      touch /var/log/nginx/access.log /var/log/nginx/error.log
      [ -e /var/www/html/index.nginx-debian.html ] || cat > /var/www/html/index.nginx-debian.html <<'PAGE'
<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>
</body>
</html>
PAGE
      enable_service nginx ;;
    apache2)
      mkdir -p /var/www/html /var/log/apache2 /var/lib/apache2
      [ -e /var/www/html/index.html ] || printf '%s\\n' '<!DOCTYPE html>' '<html><head><title>Apache2 Ubuntu Default Page: It works</title></head>' '<body><h1>It works!</h1></body></html>' > /var/www/html/index.html
      enable_service apache2 ;;
  esac
}
enable_service() {
  mkdir -p "$state/enabled" "$state/active"
  : > "$state/enabled/$1.service"; : > "$state/active/$1.service"
}
case $cmd in
  update)
    needs_root /var/lib/apt/lists/lock
    echo "Hit:1 http://archive.ubuntu.com/ubuntu jammy InRelease"
    echo "Hit:2 http://security.ubuntu.com/ubuntu jammy-security InRelease"
    echo "Reading package lists..." ;;
  install|reinstall)
    needs_root /var/lib/dpkg/lock-frontend
    mkdir -p "$db"
    echo "Reading package lists..."
    echo "Building dependency tree..."
    echo "Reading state information..."
    for p in "\${pkgs[@]}"; do
      name=\${p%%=*}
      case $name in */*|*..*|'') echo "E: Unable to locate package $p" >&2; exit 100 ;; esac
      : > "$db/$name"
      lay_down "$name"
      echo "Setting up $name (emulated) ..."
    done ;;
  remove|purge|autoremove)
    needs_root /var/lib/dpkg/lock-frontend
    for p in "\${pkgs[@]}"; do
      case $p in */*|*..*|'') continue ;; esac
      rm -f "$db/$p" && echo "Removing $p (emulated) ..."
    done ;;
  list)
    echo "Listing..."
    for f in "$db"/*; do [ -e "$f" ] && echo "\${f##*/}/now emulated amd64 [installed]"; done ;;
  upgrade|dist-upgrade|full-upgrade)
    needs_root /var/lib/dpkg/lock-frontend
    echo "Reading package lists..."
    echo "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded." ;;
  ''|clean|autoclean|-*) ;;
  *) ;;
esac
exit 0`

const SYSTEMCTL = `# Records unit state under the instance's /var; there is no init system to talk to.
state=/var/lib/emulated-systemd
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
    enable|disable|start|stop|restart|reload|reload-or-restart|try-restart|mask|unmask)
      if [ "$(id -u)" -ne 0 ]; then
        echo "Failed to $verb $u: Interactive authentication required." >&2
        exit 1
      fi ;;
  esac
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

/** Where an instance's own directory (shims, control, session script) appears inside its sessions:
 * a fixed, empty directory of this machine, so it stays reachable whatever /tmp or /var now show. */
export const INSTANCE_MOUNT = '/run/ami-build-instance'

/** The machine's directories each session sees replaced by the instance root's own. /etc stays the
 * machine's, so user lookup keeps working. */
export const PRIVATE_DIRS = ['tmp', 'var', 'opt', 'srv', 'usr/local'] as const

/** The instance's /etc/profile: the machine's, then the shims first on PATH again. */
export function loginProfile(machineProfile: string): string {
  return `${machineProfile.trimEnd()}\n\n# The emulated instance's sudo, apt, systemctl and shutdown come first.\nPATH=${INSTANCE_MOUNT}/bin:$PATH\nexport PATH\n`
}

/** File name → script text, for one instance's shim directory (seen at INSTANCE_MOUNT/bin). */
export function shimScripts(): Record<string, string> {
  const header = `#!/bin/bash\nCONTROL=${shellQuote(`${INSTANCE_MOUNT}/control`)}\n`
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

/**
 * The ForceCommand of an instance's sshd. Each session passes through it three times:
 *   1. as the instance user on this machine: mark the environment (so the host can find every
 *      process to end it) and enter a new user namespace, as its root, with a new mount namespace;
 *   2. as that namespace's root: show the instance root at HOME and its tmp, var, opt, srv and
 *      usr/local in place of the machine's, and the instance directory at INSTANCE_MOUNT;
 *   3. back as the user (a nested user namespace mapping the user's own uid), in the same mounts:
 *      run the command, the SFTP server or a login shell, at home.
 * The mounts are private to the session, yet every session of the instance sees the same files,
 * since they are the instance root's.
 */
export function sessionScript(options: {
  root: string
  instanceDir: string
  mark: string
  sftpServer: string
}): string {
  const binds = PRIVATE_DIRS.map(dir => `bind "$HOME/${dir}" /${dir}`).join('\n    ')
  return `#!/bin/sh
case \${1-} in
  '')
    AMI_BUILD_INSTANCE=${shellQuote(options.mark)}
    AMI_BUILD_UID=$(id -u)
    AMI_BUILD_GID=$(id -g)
    export AMI_BUILD_INSTANCE AMI_BUILD_UID AMI_BUILD_GID
    exec unshare --user --map-root-user --mount --propagation private -- \\
      /bin/sh ${shellQuote(`${options.instanceDir}/session`)} mount ;;
  mount)
    bind() {
      mkdir -p "$1" && mount --bind "$1" "$2" && return 0
      echo "emulated instance: could not mount $1 on $2" >&2
      exit 1
    }
    bind ${shellQuote(options.instanceDir)} ${INSTANCE_MOUNT}
    # A login shell's /etc/profile resets PATH: the instance's copy puts the shims back after it.
    mount --bind ${INSTANCE_MOUNT}/profile /etc/profile 2>/dev/null
    bind ${shellQuote(options.root)} "$HOME"
    ${binds}
    exec unshare --user --map-user="$AMI_BUILD_UID" --map-group="$AMI_BUILD_GID" -- \\
      /bin/sh ${INSTANCE_MOUNT}/session user ;;
esac
unset AMI_BUILD_UID AMI_BUILD_GID
PATH=${INSTANCE_MOUNT}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH
cd "$HOME" || exit 1
case \${SSH_ORIGINAL_COMMAND-} in
  ${options.sftpServer}) exec ${options.sftpServer} -d "$HOME" ;;
  '') exec "\${SHELL:-/bin/sh}" -l ;;
esac
exec "\${SHELL:-/bin/sh}" -c "$SSH_ORIGINAL_COMMAND"
`
}
