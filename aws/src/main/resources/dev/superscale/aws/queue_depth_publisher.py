"""Puts each Celery queue's length, and its backlog per running worker, into CloudWatch.

Run every minute by EventBridge. Reads LLEN of each queue's lists on the broker (TLS, AUTH token
from Secrets Manager; kombu's Redis transport keeps priorities 3, 6 and 9 in lists named
QUEUE + "\\x06\\x16" + priority), asks ECS how many workers of the queue's service run, and puts
both numbers under the namespace and metric names given in the environment.
"""
import json
import os
import socket
import ssl

import boto3

PRIORITY_SEPARATOR = '\x06\x16'
PRIORITIES = ('3', '6', '9')
cloudwatch = boto3.client('cloudwatch')
ecs = boto3.client('ecs')
secrets = boto3.client('secretsmanager')
_token = None


def _command(stream, *args):
    out = b'*%d\r\n' % len(args)
    for arg in args:
        data = arg.encode() if isinstance(arg, str) else arg
        out += b'$%d\r\n%s\r\n' % (len(data), data)
    stream.write(out)
    stream.flush()
    line = stream.readline()
    if not line:
        raise RuntimeError('Redis closed the connection')
    if line[:1] == b'-':
        raise RuntimeError('Redis: ' + line[1:].decode().strip())
    if line[:1] == b':':
        return int(line[1:])
    return line[1:].strip()


def _lengths(queues):
    global _token
    if _token is None:
        _token = secrets.get_secret_value(SecretId=os.environ['AUTH_TOKEN_SECRET'])['SecretString']
    host = os.environ['BROKER_HOST']
    lengths = {}
    with socket.create_connection((host, int(os.environ['BROKER_PORT'])), timeout=5) as raw:
        with ssl.create_default_context().wrap_socket(raw, server_hostname=host) as conn:
            stream = conn.makefile('rwb')
            try:
                _command(stream, 'AUTH', _token)
            except RuntimeError:
                _token = None  # the token may have been rotated: read it again next time
                raise
            _command(stream, 'SELECT', os.environ['BROKER_DB'])
            for queue in queues:
                keys = [queue] + [queue + PRIORITY_SEPARATOR + p for p in PRIORITIES]
                lengths[queue] = sum(_command(stream, 'LLEN', key) for key in keys)
    return lengths


def metric_data(cluster, lengths, running, queues):
    """Queue length and backlog per worker for each queue (at least one worker, so an idle queue reads its length)."""
    data = []
    for queue, service in sorted(queues.items()):
        dimensions = [{'Name': 'ClusterName', 'Value': cluster}, {'Name': 'Queue', 'Value': queue}]
        workers = max(running.get(service, 0), 1)
        data.append({'MetricName': os.environ['QUEUE_LENGTH_METRIC'], 'Dimensions': dimensions,
                     'Value': lengths[queue], 'Unit': 'Count'})
        data.append({'MetricName': os.environ['BACKLOG_PER_WORKER_METRIC'], 'Dimensions': dimensions,
                     'Value': lengths[queue] / workers, 'Unit': 'Count'})
    return data


def handler(event, context):
    queues = json.loads(os.environ['QUEUES'])
    lengths = _lengths(queues)
    services = ecs.describe_services(cluster=os.environ['CLUSTER'], services=list(queues.values()))['services']
    running = {s['serviceName']: s['runningCount'] for s in services}
    data = metric_data(os.environ['CLUSTER'], lengths, running, queues)
    cloudwatch.put_metric_data(Namespace=os.environ['NAMESPACE'], MetricData=data)
    print(json.dumps({'lengths': lengths, 'running': running}))
    return lengths
