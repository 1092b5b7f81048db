"""Drives the wb kernel through jupyter_client's KernelManager, as Jupyter does, and prints what
came back as one JSON object per check, so that the Java test (wb.jupyter.KernelIT) can assert on
it. Usage: python3 kernel_session.py KERNEL_NAME
"""
import json
import signal
import sys
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 120


def run(kc, code):
    """Executes code; returns (reply content, list of iopub messages of this request)."""
    msg_id = kc.execute(code)
    messages = []
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        messages.append({"type": msg["msg_type"], "content": msg["content"]})
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
    return reply["content"], messages


def report(name, **fields):
    print(json.dumps(dict(check=name, **fields)), flush=True)


def main():
    # A process started in the background of a non-interactive shell inherits SIGINT ignored,
    # and so would the kernel; Jupyter started from a terminal gives it the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    km = KernelManager(kernel_name=sys.argv[1])
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)

    info = kc.kernel_info(reply=True, timeout=TIMEOUT)["content"]
    report("kernel_info", content=info)

    reply, msgs = run(kc, 'dataset(1000, vec(3.14), 1.0);\nvar w = ridge(1e3)\nSystem.out.println("w = " + w)\nw')
    report("ridge", reply=reply, messages=msgs)

    reply, msgs = run(kc, 'plot(x -> x * x, -1, 1)')
    report("figure", reply=reply, messages=msgs)

    reply, msgs = run(kc, 'int a = 1;\nint b = 2;\nvar d = dataset(0, 1);')
    report("error", reply=reply, messages=msgs)

    reply, msgs = run(kc, 'plot(x -> x, 0, 1).name("a").show();\nSystem.err.println("careful");\n1 + 1')
    report("figure_in_the_middle", reply=reply, messages=msgs)

    reply, msgs = run(kc, 'System.exit(3);')
    report("exit", reply=reply)
    reply, msgs = run(kc, 'System.in.read()')
    report("stdin", reply=reply, messages=msgs)

    complete = kc.complete("rid", 3, reply=True, timeout=TIMEOUT)["content"]
    report("complete", content=complete)

    inspect = kc.inspect("ridge(", 6, reply=True, timeout=TIMEOUT)["content"]
    report("inspect", content=inspect)

    reply, msgs = run(kc, 'int kept = 41;\nvar big = dataset(20_000, 2_000);')
    report("setup", reply=reply)
    # The kernelspec's interrupt (a message on the control socket) and SIGINT, each on a loop
    # and on a long helper (the Gram of a 20000 x 2000 data set takes seconds).
    for mode, code in (("message", "while (true) {}"), ("message", "ridge(big, 1.0)"),
                       ("signal", "while (true) {}"), ("signal", "ridge(big, 1.0)")):
        msg_id = kc.execute(code)
        while True:  # wait until the cell runs
            msg = kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
                break
        time.sleep(0.5)
        started = time.monotonic()
        if mode == "signal":
            km.signal_kernel(signal.SIGINT)
        else:
            km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = kc.get_shell_msg(timeout=TIMEOUT)
        report("interrupt", mode=mode, code=code, seconds=time.monotonic() - started, reply=reply["content"])
    reply, msgs = run(kc, 'kept + 1')
    report("kept", reply=reply, messages=msgs)

    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=TIMEOUT)
    reply, msgs = run(kc, 'kept')
    report("after_restart", reply=reply, messages=msgs)

    kc.stop_channels()
    km.shutdown_kernel(now=False)
    report("shutdown", alive=km.is_alive())


if __name__ == "__main__":
    main()
