# Stand-in for celery: only celery.schedules.crontab is imported by superset_config.py.
