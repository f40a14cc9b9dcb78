"""Prints the stand-in tasks' run records (superset._probe) as one JSON array."""
import json
import os

import redis

client = redis.Redis.from_url(os.environ["PROBE_REDIS_URL"])
print(json.dumps([json.loads(entry) for entry in client.lrange("superscale-probe:runs", 0, -1)]))
