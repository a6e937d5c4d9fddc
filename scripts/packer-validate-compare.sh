#!/usr/bin/env bash
# Runs Debian's `packer validate` (1.6.6) and ours over the HCL2 test corpus and prints every
# disagreement on whether a template is valid. Disagreements we chose on purpose are listed in
# KNOWN below with the reason, and reported as such; any other one fails the script.
#
#   scripts/packer-validate-compare.sh [CORPUS_DIR]   (default __tests__/fixtures/hcl)
#
# Packer runs in an empty network namespace (unshare -rn): the amazon-ebs builder may try to reach
# AWS or the instance metadata service while validating, and nothing here may leave loopback.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="$(cd "${1:-$ROOT/__tests__/fixtures/hcl}" && pwd)"
PACKER="${PACKER:-packer}"

command -v "$PACKER" >/dev/null || { echo "packer not found (Debian: apt-get install packer)" >&2; exit 2; }
unshare -rn true 2>/dev/null || { echo "unshare -rn is not available: refusing to run packer with network access" >&2; exit 2; }

# Templates where we knowingly differ from Packer 1.6.6, and why.
declare -A KNOWN=(
  [tutorial]="required_plugins arrived in Packer 1.7; 1.6.6 rejects the plugin list the tutorial (and every current Packer) uses (checked: without the packer block, 1.6.6 accepts it)"
  [multi-source]="1.6.6 knows neither the metadata_options block (Packer 1.7) nor the file provisioner's content, and demands iops and throughput for every gp3 volume where later versions default them (checked: without these, 1.6.6 accepts it)"
  [heredoc]="the file provisioner's content argument arrived after 1.6.6 (checked: with source instead, 1.6.6 accepts it)"
  [data-source]="data sources (data \"amazon-ami\") arrived in Packer 1.7"
  [broken/no-build]="Packer accepts a template with no build block and builds nothing; in a pipeline that is a mistake, so we report it"
  [broken/only-unknown-source]="Packer silently ignores an only/except name that matches no source; we report it (a typo would skip a provisioner)"
  [broken/invalid-instance-type]="Packer checks instance_type only when AWS rejects it at launch; we check its form at validation"
  [broken/bad-region]="Packer 1.6.6 accepts any region name at validation and fails at build time; we check its form"
  [precedence]="local \"name\" { expression, sensitive } blocks arrived in Packer 1.7 (checked: without it, 1.6.6 accepts the template)"
)

# Each case: a name and the path handed to both tools. A corpus directory is passed whole, as
# `packer validate .` reads it (with its *.auto.pkrvars.hcl); a broken template is one file.
cases=()
for dir in "$CORPUS"/*/; do
  name="$(basename "$dir")"
  [[ "$name" == broken ]] && continue
  compgen -G "$dir*.pkr.hcl" >/dev/null || continue
  cases+=("$name|${dir%/}")
done
for file in "$CORPUS"/broken/*.pkr.hcl; do
  cases+=("broken/$(basename "$file" .pkr.hcl)|$file")
done

verdict() { if [[ "$1" == 0 ]]; then echo valid; else echo invalid; fi; }
first_line() { grep -v -e '^npm warn' -e '^[[:space:]]*$' | head -n "${2:-1}" | tr '\n' ' ' | cut -c1-160; }

agree=0 known=0 unexpected=0
for entry in "${cases[@]}"; do
  name="${entry%%|*}"
  path="${entry#*|}"
  # Both run from the template's directory with a clean environment, so relative paths and
  # variables mean the same to both.
  workdir="$path"; [[ -d "$path" ]] || workdir="$(dirname "$path")"
  set +e
  packer_out="$(cd "$workdir" && unshare -rn env -i PATH="$PATH" HOME="$(mktemp -d)" AWS_EC2_METADATA_DISABLED=true \
    "$PACKER" validate "$path" 2>&1)"
  packer_rc=$?
  ours_out="$(cd "$workdir" && env -i PATH="$PATH" HOME="${HOME:-/tmp}" \
    "$ROOT/node_modules/.bin/tsx" "$ROOT/src/cli.ts" validate "$path" 2>&1)"
  ours_rc=$?
  set -e
  p="$(verdict "$packer_rc")" o="$(verdict "$ours_rc")"
  if [[ "$p" == "$o" ]]; then
    agree=$((agree + 1))
    printf '  agree      %-40s %s\n' "$name" "$p"
    continue
  fi
  if [[ -n "${KNOWN[$name]:-}" ]]; then
    known=$((known + 1))
    printf '  on purpose %-40s packer: %s, ours: %s — %s\n' "$name" "$p" "$o" "${KNOWN[$name]}"
  else
    unexpected=$((unexpected + 1))
    printf '  DIFFERENT  %-40s packer: %s, ours: %s\n' "$name" "$p" "$o"
    printf '             packer: %s\n' "$(first_line <<<"$packer_out" 3)"
    printf '             ours:   %s\n' "$(first_line <<<"$ours_out")"
  fi
done

for name in "${!KNOWN[@]}"; do
  found=0
  for entry in "${cases[@]}"; do [[ "${entry%%|*}" == "$name" ]] && found=1; done
  [[ $found == 1 ]] || echo "  note: KNOWN lists $name, which is not in the corpus"
done

echo
echo "$((agree + known + unexpected)) templates: $agree agree, $known differ on purpose, $unexpected differ unexpectedly"
[[ $unexpected == 0 ]]
