#!/usr/bin/env bash
# Proves the emulator is faithful enough for an independent client: Packer's own amazon-ebs
# builder (Debian's packer 1.6.6, aws-sdk-go v1) builds an AMI against it from a legacy JSON
# template, and the ledger then holds no instance, key pair or security group.
#
# usage: scripts/packer-compat.sh   (env: PROFILE=fast, TIME_SCALE=0.3; KEEP_WORK=1 keeps the logs)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v packer >/dev/null 2>&1; then
  echo "packer-compat: packer is not installed (Debian: apt-get install packer)" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/packer-compat.XXXXXX")"
emulator_pid=""
cleanup() {
  if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill -TERM "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  if [ -n "${KEEP_WORK:-}" ]; then echo "packer-compat: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The emulator in the background; its first lines are the exports.
bash scripts/node24 --import tsx emulator/cli.ts --profile "${PROFILE:-fast}" \
  --time-scale "${TIME_SCALE:-0.3}" >"$work/env" 2>"$work/emulator.log" &
emulator_pid=$!
for _ in $(seq 1 200); do
  grep -q '^export AMI_BUILD_EMULATOR_ROLE_ARN=' "$work/env" 2>/dev/null && break
  kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.log" >&2; exit 1; }
  sleep 0.1
done
# shellcheck disable=SC1091
source "$work/env"
echo "packer-compat: emulator at $AWS_ENDPOINT_URL"

cat >"$work/template.json" <<JSON
{
  "builders": [
    {
      "type": "amazon-ebs",
      "custom_endpoint_ec2": "$AWS_ENDPOINT_URL",
      "skip_metadata_api_check": true,
      "region": "us-east-1",
      "source_ami_filter": {
        "filters": {
          "name": "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*",
          "virtualization-type": "hvm",
          "root-device-type": "ebs"
        },
        "owners": ["099720109477"],
        "most_recent": true
      },
      "instance_type": "t3.micro",
      "ssh_username": "ubuntu",
      "ssh_timeout": "2m",
      "ami_name": "packer-compat-{{timestamp}}",
      "run_tags": { "packer-compat": "yes" }
    }
  ],
  "provisioners": [
    {
      "type": "shell",
      "inline": ["echo built-by-packer > ~/packer-was-here.txt", "cat ~/packer-was-here.txt"]
    }
  ]
}
JSON

# No shared config or metadata lookups: everything Packer needs is in the environment.
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
export CHECKPOINT_DISABLE=1 PACKER_NO_COLOR=1
# Packer's waiters poll every 15 s by default; the fast profile is done long before that.
export AWS_POLL_DELAY_SECONDS="${AWS_POLL_DELAY_SECONDS:-1}"
status=0
packer build -machine-readable "$work/template.json" >"$work/packer.log" 2>&1 || status=$?
ami="$(grep -o 'us-east-1:ami-[0-9a-f]*' "$work/packer.log" | tail -1 | cut -d: -f2 || true)"
if [ "$status" -ne 0 ] || [ -z "$ami" ]; then
  echo "packer-compat: packer build failed (exit $status); its log:" >&2
  sed 's/^[0-9]*,[^,]*,//' "$work/packer.log" | tail -60 >&2
  echo "--- emulator log:" >&2
  tail -20 "$work/emulator.log" >&2
  exit 1
fi
echo "packer-compat: packer built $ami"

ledger="$(curl -sf "$AWS_ENDPOINT_URL/_emulator/ledger")"
leftovers="$(printf '%s' "$ledger" | bash scripts/node24 -e '
  let text = ""; process.stdin.on("data", d => (text += d)).on("end", () => {
    const left = JSON.parse(text).resources.filter(r => ["instance", "key-pair", "security-group"].includes(r.kind))
    process.stdout.write(left.map(r => `${r.kind} ${r.id} ${r.state}`).join("\n"))
  })')"
if [ -n "$leftovers" ]; then
  echo "packer-compat: Packer left these behind:" >&2
  echo "$leftovers" >&2
  exit 1
fi
images="$(printf '%s' "$ledger" | grep -c "\"id\": \"$ami\"" || true)"
if [ "$images" -ne 1 ]; then
  echo "packer-compat: the ledger does not list $ami" >&2
  exit 1
fi
echo "packer-compat: ok — $ami available, no instance, key pair or security group left"
