#!/usr/bin/env bash
# Deploy-packaging check: what `firebase deploy` uploads from functions/ must install from the
# public registry and load on its own, without the unpublished workspace packages.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent build:functions
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -r functions/package.json functions/lib "$staging/"
if grep -q "@pano/" "$staging/package.json" "$staging/lib/index.js"; then
  echo "functions package names a workspace package; it would not install in Cloud Build" >&2
  exit 1
fi
(cd "$staging" && npm install --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)
(cd "$staging" && GCLOUD_PROJECT=demo-pano FIREBASE_CONFIG='{"projectId":"demo-pano"}' \
  node -e 'import("./lib/index.js").then((m) => console.log("functions package loads on its own; exports:", Object.keys(m).join(", ")))')
