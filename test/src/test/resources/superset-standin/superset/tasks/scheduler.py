"""Stand-in for superset/tasks/scheduler.py: its tasks under their Superset names, each recording its run (superset._probe)."""
from superset import _probe
from superset.tasks.celery_app import app


@app.task(name='reports.execute', bind=True)
def task_reports_execute(self, *args, **kwargs):
    _probe.run(self, **kwargs)


@app.task(name='reports.prune_log', bind=True)
def task_reports_prune_log(self, *args, **kwargs):
    _probe.run(self, **kwargs)


@app.task(name="reports.scheduler", bind=True)
def scheduler(self, *args, **kwargs):
    # Superset's trigger time, as superset/tasks/scheduler.py scheduler() computes it.
    from datetime import datetime, timezone

    from superset import config

    triggered_at = (
        datetime.fromisoformat(self.request.expires) - config.CELERY_BEAT_SCHEDULER_EXPIRES
        if self.request.expires
        else datetime.now(tz=timezone.utc)
    )
    _probe.record(self, triggered_at=triggered_at.timestamp(), expires=self.request.expires)
