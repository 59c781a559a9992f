#!/usr/bin/env bash
# Set up, then run the main job on every bundled sample and print what was read.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m service.demo "$@"
cat <<'EOF'

The web app and the intake API:
  .venv/bin/assistdesk users add admin --role admin --office 浦东管理部   # asks for a password
  .venv/bin/assistdesk serve                                            # then open http://127.0.0.1:8000/
EOF
