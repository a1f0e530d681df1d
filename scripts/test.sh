#!/usr/bin/env bash
# npm test: typecheck, lint, unit tests, then rules, functions and browser tests on the emulators.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x node_modules/.bin/firebase ] || npm ci
rm -rf test-results

npm run typecheck
npm run lint
npm run test:unit
npm run build:functions
# The hosting emulator serves this build to the browser tests.
VITE_USE_EMULATORS=true npm run build:web
bash scripts/withEmulators.sh auth,firestore,functions,hosting \
  "npm run test:rules && npm run test:functions && npm run test:e2e"
echo "Rules coverage report: tests/rules/coverage/firestore-rules-coverage.html"
npx tsx scripts/testSummary.ts
