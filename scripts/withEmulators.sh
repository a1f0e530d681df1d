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

# The emulators run in a process group of their own, and an interrupt or termination of this
# script (Ctrl-C, or a process manager signalling only npm) is passed to that whole group once, so
# firebase-tools always shuts every emulator and the dev server down. tee -i keeps logging.
# Without setsid (macOS), the terminal's Ctrl-C reaches the emulators itself; only a termination
# needs passing on.
if command -v setsid >/dev/null; then
  setsid npx firebase emulators:exec --only "$only" --project demo-pano "$command" \
    > >(tee -i "$log") 2>&1 &
  emulators=$!
  trap 'kill -INT -- "-$emulators" 2>/dev/null || true' INT TERM HUP
else
  npx firebase emulators:exec --only "$only" --project demo-pano "$command" \
    > >(tee -i "$log") 2>&1 &
  emulators=$!
  trap 'kill -INT "$emulators" 2>/dev/null || true' TERM HUP
fi
# npm does not pass a termination on to its script: when the process that started this one (npm
# run, or the shell) goes away, the emulators stop too instead of holding their ports.
starter=$( (ps -o ppid= -p "$PPID" 2>/dev/null || true) | tr -d ' ')
[ -n "$starter" ] || starter=$PPID
while kill -0 "$emulators" 2>/dev/null; do
  if ! kill -0 "$starter" 2>/dev/null; then kill -INT -- "-$emulators" 2>/dev/null || kill -INT "$emulators"; fi
  sleep 1
done
status=0
wait "$emulators" || status=$?
trap - INT TERM HUP

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
