#!/usr/bin/env bash
# Installs the Debian packages the tests need (OpenSSH's sshd: the emulator's instances are real
# SSH servers). Idempotent and quiet when everything is there; needs root otherwise.
set -euo pipefail
need=()
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
if [ "${AMI_BUILD_WITH_PACKER:-}" = 1 ] && ! command -v packer >/dev/null 2>&1; then
  need+=(packer)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (Debian packages)" >&2
  export DEBIAN_FRONTEND=noninteractive
  if [ "$(id -u)" -ne 0 ]; then
    echo "root is needed to install ${need[*]}: run as root or install them first" >&2
    exit 1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
mkdir -p /run/sshd 2>/dev/null || true
