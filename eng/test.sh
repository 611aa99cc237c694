#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need, builds, tests, and prints
# one closing line "N passed, N failed, N skipped" summed over all test projects.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is required (https://dot.net)." >&2
  exit 1
fi

# Browser tests drive Debian's Chromium (no browser download); the Bot project's build fetches the Web Chat bundle
# with npm. Install what is missing, once.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null || missing+=(nodejs npm)
# The storage tests start a throwaway PostgreSQL cluster (TestKit's PostgresServer) with Debian's server binaries.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Teams-like client of the browser tests, the Microsoft 365 Agents Playground, pinned by its package-lock.json
# (the test installs it itself when run alone).
playground=tests/SlmAssistant.Host.Tests/Playground
if [ ! -e "$playground/node_modules/@microsoft/m365agentsplayground/cli.js" ]; then
  echo "Installing the Microsoft 365 Agents Playground ..."
  (cd "$playground" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# The official openai npm client the OpenAI-endpoint tests run from node, pinned by its package-lock.json.
openai_client=tests/SlmAssistant.Host.Tests/OpenAIClient
if [ ! -e "$openai_client/node_modules/openai/package.json" ]; then
  echo "Installing the openai npm client ..."
  (cd "$openai_client" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

status=0
dotnet test SlmAssistant.sln --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get notExecuted)))
done
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
