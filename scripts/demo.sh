#!/usr/bin/env bash
# Set up, then run the main job on every bundled sample and print what was read.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m service.demo "$@"
