#!/usr/bin/env bash
# Create .venv at the repository root and install assistdesk into it (idempotent).
# Usage: bash scripts/setup.sh [--test]   (--test adds pytest, ruff, browsers' helpers …)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
