#!/usr/bin/env bash
# Runs a command inside `firebase emulators:exec` (project demo-pano) after checking that every
# port it needs is free, and explains the one failure a new machine commonly hits: no way to
# download the Firestore emulator.
# Usage: scripts/withEmulators.sh <emulators, comma-separated> <command> [<name:port>,…]
set -euo pipefail
cd "$(dirname "$0")/.."

only="$1"
command="$2"
extra_ports="${3:-}"

# The Functions emulator brings the Eventarc and Cloud Tasks emulators along.
checked="$only"
case ",$only," in *,functions,*) checked="$only,eventarc,tasks" ;; esac
npx tsx scripts/checkPorts.ts "$checked" "$extra_ports"

log="$(mktemp -t pano-emulators.XXXXXX)"
trap 'rm -f "$log"' EXIT
export METADATA_SERVER_DETECTION=none

status=0
# tee -i keeps the log going while Ctrl-C lets firebase-tools shut every emulator down.
npx firebase emulators:exec --only "$only" --project demo-pano "$command" 2>&1 | tee -i "$log" ||
  status=${PIPESTATUS[0]}

if [ "$status" -ne 0 ] && grep -q "cloud-firestore-emulator" "$log" && grep -qiE "failed to make request|download" "$log"; then
  cat >&2 <<'HINT'

The Firestore emulator could not be downloaded (firebase-tools fetches it on first use).
Either connect to the internet once and run the command again, or point
FIRESTORE_EMULATOR_BINARY_PATH at a Cloud Firestore emulator jar you already have, e.g.
  export FIRESTORE_EMULATOR_BINARY_PATH=/path/to/cloud-firestore-emulator.jar
(README: Prerequisites → Offline machines).
HINT
fi
exit "$status"
