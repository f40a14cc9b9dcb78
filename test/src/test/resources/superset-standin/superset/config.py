"""Stand-in for superset/config.py of Superset 6.0: the defaults the rendered file builds on, then Superset's loader.

Values copied from superset/config.py: STATS_LOGGER, CELERY_BEAT_SCHEDULER_EXPIRES, class CeleryConfig (imports, task_annotations,
beat_schedule) and the ALERT_REPORTS_WORKING_* defaults. The loader at the end is Superset's SUPERSET_CONFIG_PATH
branch: it executes the file and copies every name for which str.isupper() is true into this module.
"""
import importlib.util
import os
import sys
from datetime import timedelta

from celery.schedules import crontab

from superset.stats_logger import DummyStatsLogger

STATS_LOGGER = DummyStatsLogger()
CELERY_BEAT_SCHEDULER_EXPIRES = timedelta(weeks=1)
ALERT_REPORTS_WORKING_TIME_OUT_KILL = True
ALERT_REPORTS_WORKING_TIME_OUT_LAG = int(timedelta(seconds=10).total_seconds())
ALERT_REPORTS_WORKING_SOFT_TIME_OUT_LAG = int(timedelta(seconds=1).total_seconds())


class CeleryConfig:  # Superset 6.0's, verbatim in the parts the rendered file extends
    broker_url = "sqla+sqlite:///celerydb.sqlite"
    imports = (
        "superset.sql_lab",
        "superset.tasks.scheduler",
        "superset.tasks.thumbnails",
        "superset.tasks.cache",
        "superset.tasks.slack",
    )
    result_backend = "db+sqlite:///celery_results.sqlite"
    worker_prefetch_multiplier = 1
    task_acks_late = False
    task_annotations = {
        "sql_lab.get_sql_results": {
            "rate_limit": "100/s",
        },
    }
    beat_schedule = {
        "reports.scheduler": {
            "task": "reports.scheduler",
            "schedule": crontab(minute="*", hour="*"),
            "options": {"expires": int(CELERY_BEAT_SCHEDULER_EXPIRES.total_seconds())},
        },
        "reports.prune_log": {
            "task": "reports.prune_log",
            "schedule": crontab(minute=0, hour=0),
        },
    }


CELERY_CONFIG = CeleryConfig

# Names the loader copied, for the tests (lower case, so the loader itself never copies it).
loaded_names = []
if "SUPERSET_CONFIG_PATH" in os.environ:
    _module = sys.modules[__name__]
    _spec = importlib.util.spec_from_file_location("superset_config", os.environ["SUPERSET_CONFIG_PATH"])
    _override = importlib.util.module_from_spec(_spec)
    sys.modules["superset_config"] = _override
    _spec.loader.exec_module(_override)
    for key in dir(_override):
        if key.isupper():
            setattr(_module, key, getattr(_override, key))
            loaded_names.append(key)
