"""Runs the rendered rate limits in a real Flask app with the real Flask-Limiter and Flask-Login, counters in Redis.

Stand-ins for Superset: app.config is built from the loaded superset.config as Superset builds it, and the security
manager named by CUSTOM_SECURITY_MANAGER is created with the app, as Flask-AppBuilder does (which creates the limiter).
Who is signed in comes from an X-Test-User header (stand-in for Flask-AppBuilder's session login). Every request comes
from one address, as everyone behind one office NAT does.

Usage: rate_limit_probe.py REQUESTS_PER_CLIENT   prints {"client": {"200": n, "429": n}, ...} and the Redis key count.
"""
import json
import os
import sys
import time

import redis
from flask import Flask
from flask_login import LoginManager, UserMixin

from superset import config

app = Flask("superset")
app.config.from_object(config)
login = LoginManager(app)


class User(UserMixin):
    def __init__(self, name):
        self.id = name


@login.request_loader
def load_user(request):
    name = request.headers.get("X-Test-User")
    return User(name) if name else None


security_manager = app.config["CUSTOM_SECURITY_MANAGER"](app)


@app.route("/api/v1/chart/data")
def chart_data():
    return "ok"


requests_per_client = int(sys.argv[1])
clients = {"alice": {"X-Test-User": "alice"}, "bob": {"X-Test-User": "bob"}, "anonymous-1": {}, "anonymous-2": {}}
counts = {}
elapsed = 0
with app.test_client() as http:
    for name, headers in clients.items():
        # The two signed-in users' bursts share one fixed one-second window, the two anonymous ones the next.
        if name in ("alice", "anonymous-1"):
            time.sleep(1 - time.time() % 1)
        statuses = [http.get("/api/v1/chart/data", headers=headers).status_code for _ in range(requests_per_client)]
        counts[name] = {str(code): statuses.count(code) for code in sorted(set(statuses))}
        elapsed = max(elapsed, time.time() % 1)
# PROBE_RATELIMIT_REDIS_URL: where to count the counters when the storage URI is not a plain redis:// one (Sentinel).
keys = redis.Redis.from_url(os.environ.get("PROBE_RATELIMIT_REDIS_URL") or app.config["RATELIMIT_STORAGE_URI"]).keys("*")
print(json.dumps({"counts": counts, "redis_keys": len(keys), "burst_seconds": elapsed}))
