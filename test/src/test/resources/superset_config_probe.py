"""Executes a rendered superset_config.py the way Superset imports it and prints its settings as JSON.

Usage: python3 superset_config_probe.py CONFIG_PATH  (stub modules on PYTHONPATH)
Superset reads every UPPER_CASE module attribute; classes (CeleryConfig) become dicts of their attributes.
"""
import inspect
import json
import runpy
import sys


def plain(value):
    if inspect.isclass(value):
        return {k: plain(v) for k, v in vars(value).items() if not k.startswith("__")}
    if hasattr(value, "arguments"):
        return {"__class__": type(value).__name__, **{k: plain(v) for k, v in value.arguments.items()}}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


settings = runpy.run_path(sys.argv[1])
print(json.dumps({k: plain(v) for k, v in settings.items() if k.isupper() and not k.startswith("_")}, sort_keys=True))
