"""Connects every Redis client of the loaded config to the TLS broker and reports, per client, whether it got through.

Usage: redis_tls_probe.py
Clients: cachelib's RedisCache (RESULTS_BACKEND), Flask-Caching's RedisCache (FILTER_STATE_CACHE_CONFIG), redis-py from
RATELIMIT_STORAGE_URI as Flask-Limiter's storage opens it, kombu's broker connection and Celery's Redis result backend;
when both connect, one task is published and consumed by an in-process Celery worker with its result read back.
Prints {"client": {"ok": bool, "error": str}}.
"""
import json

import redis
from flask import Flask
from flask_caching import Cache

from superset import config
from superset.tasks.celery_app import app as celery_app


@celery_app.task(name="redis_tls_probe.add")
def add(a, b):
    return a + b


def attempt(check):
    try:
        return {"ok": bool(check()), "error": ""}
    except Exception as e:  # the probe reports any failure, e.g. ssl.SSLCertVerificationError
        return {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}


def results_backend():
    config.RESULTS_BACKEND.set("tls-probe", 1)
    return config.RESULTS_BACKEND.get("tls-probe") == 1


def state_store():
    cache = Cache(Flask("superset"), config=config.FILTER_STATE_CACHE_CONFIG).cache
    cache.set("tls-probe", 2)
    return cache.get("tls-probe") == 2


def rate_limit_storage():
    return redis.from_url(config.RATELIMIT_STORAGE_URI, socket_connect_timeout=5).ping()


def broker():
    with celery_app.connection_for_write() as connection:
        connection.ensure_connection(max_retries=1)
        return connection.connected


def result_backend():
    return celery_app.backend.client.ping()


def task_round_trip():
    from celery.contrib.testing.worker import start_worker
    with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        return add.delay(2, 3).get(timeout=30) == 5


out = {name: attempt(check) for name, check in [("results_backend", results_backend), ("state_store", state_store),
                                                ("rate_limit_storage", rate_limit_storage), ("broker", broker),
                                                ("result_backend", result_backend)]}
if out["broker"]["ok"] and out["result_backend"]["ok"]:
    out["task_round_trip"] = attempt(task_round_trip)
print(json.dumps(out))
