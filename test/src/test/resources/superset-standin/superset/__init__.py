"""Stand-in for the Apache Superset package, which is not installable on the test machine.

It holds only what the rendered superset_config.py and the real Celery, Flask-Caching, cachelib and
Flask-Limiter clients touch: the defaults and loader of superset/config.py, the security manager's
limiter, the Celery app, and tasks registered under Superset's task names that record each run
(see _probe.py) instead of doing Superset's work. Each module says what it stands in for.
"""
