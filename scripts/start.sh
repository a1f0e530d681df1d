#!/usr/bin/env bash
# npm start: the whole product on the Firebase emulators with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! java -version >/dev/null 2>&1; then
  echo "Pano's local emulators need Java 11 or newer: install a JDK (e.g. 'sudo apt-get install openjdk-17-jre-headless' or https://adoptium.net) and run npm start again." >&2
  exit 1
fi
[ -x node_modules/.bin/firebase ] || npm ci

npm run --silent build:functions
exec bash scripts/withEmulators.sh auth,firestore,functions "npx tsx scripts/devServer.ts" vite:5173
