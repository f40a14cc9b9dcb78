"""Stand-in for superset/tasks/celery_app.py: the Celery app configured from app.config["CELERY_CONFIG"].

Superset's initializer calls celery_app.config_from_object(config["CELERY_CONFIG"]); its tasks live in the
modules of CeleryConfig.imports, which the worker imports at start-up.
"""
from celery import Celery

from superset import config

app = Celery("superset")
app.config_from_object(config.CELERY_CONFIG)
