"""Round-trips each named cache of the loaded config through the real Flask-Caching (or cachelib) client.

Usage: cache_probe.py NAME...   (CACHE_CONFIG, DATA_CACHE_CONFIG, FILTER_STATE_CACHE_CONFIG, EXPLORE_FORM_DATA_CACHE_CONFIG,
RESULTS_BACKEND). For each: writes 60 keys, reads them back, and reports the server-side TTL and name of one key,
the eviction policy of the servers holding them, how many servers hold keys, and for a REFRESH_TIMEOUT_ON_RETRIEVAL
store the TTL after a read done as Superset's GetFilterStateCommand does it (get, then set again; superset/temporary_cache).
"""
import json
import sys
import time

from flask import Flask
from flask_caching import Cache

from superset import config

app = Flask("superset")
app.config.from_object(config)
out = {}
for name in sys.argv[1:]:
    setting = getattr(config, name)
    if isinstance(setting, dict):
        cache = Cache(app, config=setting).cache
        timeout = setting["CACHE_DEFAULT_TIMEOUT"]
    else:
        cache, timeout = setting, setting.default_timeout
    client = cache._write_client
    values = {"probe-%d" % i: {"value": i} for i in range(60)}
    for key, value in values.items():
        cache.set(key, value)
    read_back = sum(1 for key, value in values.items() if cache.get(key) == value)
    stored = cache.key_prefix + "probe-0"
    nodes = {}
    if hasattr(client, "get_node_from_key"):
        for key in values:
            node = client.get_node_from_key(cache.key_prefix + key)
            nodes[node.name] = nodes.get(node.name, 0) + 1
        policies = set()
        for node in client.get_nodes():
            policies.add(client.config_get("maxmemory-policy", target_nodes=node)["maxmemory-policy"])
        policies = sorted(policies)
    else:
        nodes = {"single": len(values)}
        policies = [client.config_get("maxmemory-policy")["maxmemory-policy"]]
    entry = {"read_back": read_back, "ttl": client.ttl(stored), "timeout": timeout, "prefix": cache.key_prefix,
             "nodes": nodes, "policies": [str(p) for p in policies]}
    if isinstance(setting, dict) and setting.get("REFRESH_TIMEOUT_ON_RETRIEVAL"):
        time.sleep(2.2)
        before = client.ttl(stored)
        value = cache.get("probe-0")
        if value:
            cache.set("probe-0", value)
        entry["ttl_before_read"] = before
        entry["ttl_after_read"] = client.ttl(stored)
    out[name] = entry
print(json.dumps(out, default=str))
