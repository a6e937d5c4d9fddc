#!/usr/bin/env bash
# `npm run bench [-- options]`: ami-build against Packer on the same emulator (bench/main.ts has
# the options). Installs what it measures with (Debian's packer, GNU time, sshd), bundles dist/
# from the current sources once, then runs the benchmark on Node 24, the runner's version.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# --render measures nothing: it only draws the tables of an earlier run again.
for arg in "$@"; do
  if [ "$arg" = "--render" ]; then exec bash scripts/node24 --import tsx bench/main.ts "$@"; fi
done

AMI_BUILD_WITH_PACKER=1 bash scripts/install-system-deps.sh
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "bench: /usr/bin/time is missing: install Debian's \`time\` package (needs root)" >&2
    exit 1
  fi
  echo "bench: installing time (Debian package)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time >/dev/null; }
fi

# The benchmark measures the bundle users run, built from the sources being measured: the same
# ncc build as `npm run build` (scripts/build-dist.mjs), into a directory of its own so that a
# rebuild of dist/ during the run cannot pull the entry from under a measurement.
export AMI_BUILD_BENCH_DIST="$root/.tmp/bench-dist"
rm -rf "$AMI_BUILD_BENCH_DIST.next"
mkdir -p "$AMI_BUILD_BENCH_DIST.next"
echo "bench: bundling src/index.ts with ncc (as npm run build does)" >&2
npx ncc build src/index.ts -o "$AMI_BUILD_BENCH_DIST.next/main" --license licenses.txt --quiet
printf '{\n  "type": "module"\n}\n' >"$AMI_BUILD_BENCH_DIST.next/package.json"
rm -rf "$AMI_BUILD_BENCH_DIST"
mv "$AMI_BUILD_BENCH_DIST.next" "$AMI_BUILD_BENCH_DIST"

exec bash scripts/node24 --import tsx bench/main.ts "$@"
