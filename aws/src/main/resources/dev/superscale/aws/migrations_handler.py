"""CloudFormation custom resource: runs Superset's migrations as a one-off ECS task.

Starts the task, waits for it to stop and answers CloudFormation: SUCCESS when the migration
container exited 0, FAILED otherwise, with the exit code and ECS's stop reason. An invocation
hands over to a fresh one before its own 15 minutes end. After GiveUpAfterSeconds (the plan's
run limit, chosen at synth to end well before the custom resource's ServiceTimeout) the task is
stopped and the resource fails, so CloudFormation always gets an answer instead of timing out.
"""
import json
import time
import urllib.request

import boto3

ecs = boto3.client('ecs')
cloudformation = boto3.client('cloudformation')
lambda_client = boto3.client('lambda')
POLL_SECONDS = 15
HANDOVER_MILLIS = 60000


def _respond(event, status, reason):
    body = json.dumps({
        'Status': status,
        'Reason': reason[:3500],
        'PhysicalResourceId': event.get('PhysicalResourceId') or 'superset-migrations',
        'StackId': event['StackId'],
        'RequestId': event['RequestId'],
        'LogicalResourceId': event['LogicalResourceId'],
        'Data': {},
    }).encode()
    request = urllib.request.Request(event['ResponseURL'], data=body, method='PUT',
                                     headers={'Content-Type': '', 'Content-Length': str(len(body))})
    urllib.request.urlopen(request, timeout=30).read()
    print(status, reason)


def _rolling_back(stack_id):
    status = cloudformation.describe_stacks(StackName=stack_id)['Stacks'][0]['StackStatus']
    return 'ROLLBACK' in status


def handler(event, context):
    try:
        _handle(event, context)
    except Exception as error:  # report every failure: CloudFormation must never wait for a timeout
        _respond(event, 'FAILED', '%s: %s' % (type(error).__name__, error))


def describe_stop(task, container_name):
    """The migration container's exit code and why ECS stopped the task, for CloudFormation's event log."""
    containers = [c for c in task.get('containers', []) if c.get('name') == container_name]
    container = containers[0] if containers else {}
    parts = ['exit code %s' % container.get('exitCode')]
    if container.get('reason'):
        parts.append('container: %s' % container['reason'])
    parts.append('task: %s (%s)' % (task.get('stoppedReason', 'no reason given'), task.get('stopCode', 'no stop code')))
    return ', '.join(parts)


def _handle(event, context):
    if event['RequestType'] == 'Delete':
        return _respond(event, 'SUCCESS', 'nothing to undo: migrations are not reverted')
    props = event['ResourceProperties']
    task = event.get('MigrationTaskArn')
    give_up_at = event.get('GiveUpAt')
    if task is None:
        if event['RequestType'] == 'Update' and _rolling_back(event['StackId']):
            return _respond(event, 'SUCCESS', 'stack rollback: the schema stays migrated')
        give_up_at = time.time() + int(props['GiveUpAfterSeconds'])
        started = ecs.run_task(
            cluster=props['Cluster'], taskDefinition=props['TaskDefinition'], launchType='FARGATE', count=1,
            startedBy='superscale-migrations',
            networkConfiguration={'awsvpcConfiguration': {
                'subnets': props['Subnets'], 'securityGroups': props['SecurityGroups'], 'assignPublicIp': 'DISABLED'}})
        if started.get('failures') or not started.get('tasks'):
            raise RuntimeError('RunTask failed: %s' % started.get('failures'))
        task = started['tasks'][0]['taskArn']
        print('started', task)
    while context.get_remaining_time_in_millis() > HANDOVER_MILLIS:
        described = ecs.describe_tasks(cluster=props['Cluster'], tasks=[task])['tasks']
        if described and described[0]['lastStatus'] == 'STOPPED':
            stopped = described[0]
            codes = [c.get('exitCode') for c in stopped['containers'] if c['name'] == props['Container']]
            if codes == [0]:
                return _respond(event, 'SUCCESS', 'superset db upgrade and superset init finished: ' + task)
            raise RuntimeError('migration task %s failed: %s; see its logs' % (task, describe_stop(stopped, props['Container'])))
        if time.time() >= give_up_at:
            ecs.stop_task(cluster=props['Cluster'], task=task,
                          reason='superscale: migration ran past its %s s limit' % props['GiveUpAfterSeconds'])
            raise RuntimeError('migration task %s still ran after %s s: stopped it; see its logs, then redeploy'
                               % (task, props['GiveUpAfterSeconds']))
        time.sleep(POLL_SECONDS)
    lambda_client.invoke(FunctionName=context.invoked_function_arn, InvocationType='Event',
                         Payload=json.dumps(dict(event, MigrationTaskArn=task, GiveUpAt=give_up_at)).encode())
    print('still running, handed over to a new invocation:', task)
