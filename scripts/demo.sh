#!/usr/bin/env bash
# `npm run demo`: a full build of examples/web against the bundled EC2 emulator, through the
# bundled action entry, exactly as a GitHub runner runs it. Needs root on a fresh machine (to
# install OpenSSH's sshd, which the emulator's instances are).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -d node_modules ] || npm install --no-audit --no-fund
bash scripts/install-system-deps.sh
exec bash scripts/node24 --import tsx scripts/demo.ts "$@"
