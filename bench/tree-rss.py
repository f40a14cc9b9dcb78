#!/usr/bin/env python3
"""Runs a command and prints its wall time in seconds and the peak resident memory (MiB) of its whole
process tree (the JVM plus the Node process jsii starts, and anything else it spawns), sampled from
/proc every 10 ms. Usage: bench/tree-rss.py CMD [ARGS...]; the command's own output goes to /dev/null."""
import os
import subprocess
import sys
import time


def children():
    """pid -> parent pid for every process, read once per sample."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    # The command name is in parentheses and may hold spaces: split after the last ')'.
                    fields = f.read().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                pass
    return parents


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss(root):
    parents = children()
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(rss_kib(pid) for pid in tree)


def main():
    start = time.monotonic()
    process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.01)
    wall = time.monotonic() - start
    err = process.stderr.read().decode(errors="replace")
    if process.returncode != 0:
        sys.stderr.write(err)
        sys.exit(f"tree-rss: {sys.argv[1:]} exited {process.returncode}")
    print(f"{wall:.3f} {peak / 1024:.0f}")


if __name__ == "__main__":
    main()
