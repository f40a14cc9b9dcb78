"""Prints the stand-in superset.config's CeleryConfig lists (Superset 6.0's own) as JSON, without loading a superset_config.py."""
import json
import os

os.environ.pop("SUPERSET_CONFIG_PATH", None)
from superset import config  # noqa: E402

celery = config.CeleryConfig
print(json.dumps({"imports": list(celery.imports), "beat_schedule": {k: v["task"] for k, v in celery.beat_schedule.items()},
                  "task_annotations": celery.task_annotations}))
