"""What every stand-in task does instead of Superset's work: append one JSON line per run to a Redis list.

The test reads the list "superscale-probe:runs" from PROBE_REDIS_URL. Keyword arguments steer a run: sleep=S sleeps S seconds,
kill_process=True SIGKILLs the pool process that runs it (as the kernel's OOM killer would).
"""
import json
import os
import signal
import socket
import time

import redis

_client = redis.Redis.from_url(os.environ["PROBE_REDIS_URL"])


def record(task, **extra):
    request = task.request
    delivery = request.delivery_info or {}
    entry = {
        "task": task.name,
        "id": request.id,
        "queue": delivery.get("routing_key"),
        "redelivered": bool(delivery.get("redelivered")),
        "hostname": request.hostname,
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "at": time.time(),
    }
    entry.update(extra)
    _client.rpush("superscale-probe:runs", json.dumps(entry, default=str))


def run(task, sleep=0, kill_process=False, **_ignored):
    record(task)
    if kill_process:
        os.kill(os.getpid(), signal.SIGKILL)
    if sleep:
        time.sleep(sleep)
        record(task, finished=True)
