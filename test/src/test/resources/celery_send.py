"""Sends one task by its Superset name through the rendered Celery config (routes apply) and prints its id.

Usage: celery_send.py TASK_NAME [JSON_KWARGS]
"""
import json
import sys

from superset.tasks.celery_app import app

result = app.send_task(sys.argv[1], kwargs=json.loads(sys.argv[2]) if len(sys.argv) > 2 else {})
print(result.id)
