#!/usr/bin/env bash
# Times cells in the wb Jupyter kernel through jupyter_client (Debian's python3-jupyter-client),
# for the per-cell table in docs/performance.md, beside the prompt's per-snippet table
# (run-snippets.sh). The kernelspec goes under target/bench/jupyter, not the user's folder.
#   bash src/bench/run-kernel.sh          # 150 warm-up and 300 measured runs of each cell
#   bash src/bench/run-kernel.sh 60       # quicker, noisier
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests package
prefix=target/bench/jupyter
scripts/wb kernel install --prefix "$prefix" >/dev/null
JUPYTER_PATH="$PWD/$prefix/share/jupyter" /usr/bin/python3 src/bench/python/kernel_cells.py wb "${1:-300}"
# The same snippets in one JVM: the prompt's Session.eval beside the kernel's cell execution.
mvn -B -q -Pbench -DskipTests package
java -Xss8m -cp "target/bench/classes:target/bench/lib/*" wb.jupyter.CellCost
