"""Times cells in the wb kernel through jupyter_client, as a notebook front end runs them: from
sending execute_request to receiving its execute_reply and the kernel's idle status. Prints a
markdown table for docs/performance.md. Usage: python3 kernel_cells.py KERNEL_NAME [RUNS]
"""
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

CELLS = ["// an empty cell: the protocol alone", "1 + 1", "ls(3.0)", "double z = Math.sqrt(2);",
         "var w = ridge(1e3);"]


def run(kc, code):
    msg_id = kc.execute(code)
    reply = kc.get_shell_msg(timeout=60)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=60)
    assert reply["content"]["status"] == "ok", reply
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return


def main():
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    km = KernelManager(kernel_name=sys.argv[1])
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    run(kc, "dataset(1000, vec(3.14), 1.0);")
    print("| cell | median (ms) | p90 (ms) |")
    print("| --- | ---: | ---: |")
    for code in CELLS:
        for _ in range(runs // 2):  # warm-up
            run(kc, code)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            run(kc, code)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print("| `%s` | %.1f | %.1f |" % (code, statistics.median(times), times[int(0.9 * len(times))]),
              flush=True)
    kc.stop_channels()
    km.shutdown_kernel(now=False)


if __name__ == "__main__":
    main()
