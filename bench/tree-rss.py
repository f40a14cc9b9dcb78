#!/usr/bin/env python3
"""Runs a command and prints its wall time in seconds and the peak resident memory (MiB) of its whole
process tree (the JVM plus the Node processes jsii starts, and anything else it spawns), the sum of the
tree's resident sets sampled together every 20 ms. Usage: bench/tree-rss.py CMD [ARGS...]; the command's
standard output is discarded, its standard error shown only when it fails.

Cheap on purpose, so the sampler does not compete with what it measures on a small machine: the known
tree's /proc/PID/statm is read every sample, the whole of /proc is scanned for new children only every
fifth sample (a process that lives under 100 ms may be missed; jsii's Node processes live as long as the JVM)."""
import os
import subprocess
import sys
import tempfile
import time

PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024
SAMPLE_SECONDS = 0.02
SCAN_EVERY = 5


def parents():
    """pid -> parent pid for every process."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    # The command name is in parentheses and may hold spaces: split after the last ')'.
                    found[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    return found


def descendants(root):
    by_parent = {}
    for pid, ppid in parents().items():
        by_parent.setdefault(ppid, []).append(pid)
    tree, frontier = {root}, [root]
    while frontier:
        for child in by_parent.get(frontier.pop(), []):
            if child not in tree:
                tree.add(child)
                frontier.append(child)
    return tree


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_KIB
    except (OSError, IndexError, ValueError):
        return 0


def main():
    with tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=err)
        peak, tree, sample = 0, {process.pid}, 0
        while process.poll() is None:
            if sample % SCAN_EVERY == 0:
                tree = descendants(process.pid)
            peak = max(peak, sum(rss_kib(pid) for pid in tree))
            sample += 1
            time.sleep(SAMPLE_SECONDS)
        wall = time.monotonic() - start
        if process.returncode != 0:
            err.seek(0)
            sys.stderr.write(err.read().decode(errors="replace"))
            sys.exit(f"tree-rss: {sys.argv[1:]} exited {process.returncode}")
    print(f"{wall:.3f} {peak / 1024:.0f}")


if __name__ == "__main__":
    main()
