"""Loads a rendered superset_config.py the way Superset does and prints what Superset would read, as JSON.

Usage: SUPERSET_CONFIG_PATH=CONFIG PYTHONPATH=superset-standin python3 superset_config_probe.py
The stand-in superset.config runs Superset's loader, so the real celery, cachelib, flask_limiter and
flask_login modules are imported by the rendered file itself. Objects are described by what their
real classes hold (a RedisCache by its redis client's connection settings).
"""
import inspect
import json
from datetime import timedelta

import redis
from celery.schedules import crontab

from superset import config


def plain(value):
    if inspect.isclass(value) and value.__name__ == "CeleryConfig":
        return {k: plain(getattr(value, k)) for k in dir(value) if not k.startswith("__")}
    if inspect.isclass(value) or inspect.isfunction(value):
        return {"__class__": value.__name__, "bases": [b.__name__ for b in getattr(value, "__mro__", ())[1:]]}
    if type(value).__name__ == "RedisCache":
        pool = value._read_client.connection_pool
        kwargs = pool.connection_kwargs
        return {"__class__": "RedisCache", "host": kwargs.get("host"), "port": kwargs.get("port"), "db": kwargs.get("db"),
                "ssl": issubclass(pool.connection_class, redis.SSLConnection), "key_prefix": value.key_prefix,
                "default_timeout": value.default_timeout}
    if isinstance(value, crontab):
        return {"crontab": {"minute": str(value._orig_minute), "hour": str(value._orig_hour)}}
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


print(json.dumps({name: plain(getattr(config, name)) for name in config.loaded_names}, sort_keys=True))
