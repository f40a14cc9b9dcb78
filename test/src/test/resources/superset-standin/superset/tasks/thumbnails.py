"""Stand-in for superset/tasks/thumbnails.py: its tasks under their Superset names, each recording its run (superset._probe)."""
from superset import _probe
from superset.tasks.celery_app import app


@app.task(name='cache_chart_thumbnail', bind=True)
def task_cache_chart_thumbnail(self, *args, **kwargs):
    _probe.run(self, **kwargs)


@app.task(name='cache_dashboard_thumbnail', bind=True)
def task_cache_dashboard_thumbnail(self, *args, **kwargs):
    _probe.run(self, **kwargs)


@app.task(name='cache_dashboard_screenshot', bind=True)
def task_cache_dashboard_screenshot(self, *args, **kwargs):
    _probe.run(self, **kwargs)
