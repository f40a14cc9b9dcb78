package dev.superscale.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The migration custom resource's handler, run by python3 against stand-ins for boto3 and
 * CloudFormation's response URL: what it answers and which ECS calls it makes.
 */
class MigrationsHandlerTest {

    /** Fakes boto3's ECS, CloudFormation and Lambda clients; prints the calls and the answer as JSON. */
    private static final String DRIVER = """
            import json, sys, types

            calls = []
            scenario = sys.argv[1]

            class Ecs:
                def run_task(self, **kw):
                    calls.append(['run_task'])
                    return {'tasks': [{'taskArn': 'arn:task/1'}], 'failures': []}
                def describe_tasks(self, **kw):
                    calls.append(['describe_tasks'])
                    if scenario == 'stuck':
                        return {'tasks': [{'lastStatus': 'RUNNING', 'containers': []}]}
                    code = 0 if scenario == 'succeeds' else 3
                    return {'tasks': [{'lastStatus': 'STOPPED', 'stoppedReason': 'Essential container in task exited',
                                       'stopCode': 'EssentialContainerExited',
                                       'containers': [{'name': 'migrations', 'exitCode': code}]}]}
                def stop_task(self, **kw):
                    calls.append(['stop_task', kw['task'], kw['reason']])

            class Other:
                def invoke(self, **kw):
                    calls.append(['invoke'])

            boto3 = types.ModuleType('boto3')
            boto3.client = lambda name: Ecs() if name == 'ecs' else Other()
            sys.modules['boto3'] = boto3

            import migrations_handler as h
            answers = []
            class Response:
                def read(self):
                    return b''
            def urlopen(request, timeout):
                answers.append(json.loads(request.data))
                return Response()
            h.urllib.request.urlopen = urlopen
            h.time.sleep = lambda seconds: None

            class Context:
                invoked_function_arn = 'arn:function'
                def get_remaining_time_in_millis(self):
                    return 900000

            event = {'RequestType': 'Create', 'StackId': 'stack', 'RequestId': 'r', 'LogicalResourceId': 'Run',
                     'ResponseURL': 'https://example.invalid/', 'ResourceProperties': {
                         'Cluster': 'c', 'TaskDefinition': 'td', 'Subnets': [], 'SecurityGroups': [], 'Container': 'migrations',
                         'GiveUpAfterSeconds': '0' if scenario == 'stuck' else '2700'}}
            h.handler(event, Context())
            print(json.dumps({'calls': calls, 'answers': answers}))
            """;

    private static JsonNode run(String scenario) throws Exception {
        Path dir = Files.createTempDirectory("superscale-migrations-handler");
        Files.writeString(dir.resolve("migrations_handler.py"), InlineSource.read(DatabaseMigrations.HANDLER_RESOURCE));
        Files.writeString(dir.resolve("driver.py"), DRIVER);
        String[] result = PythonResourcesTest.python3(dir, "driver.py", scenario);
        assertThat(result[0]).as("driver: %s", result[2]).isEqualTo("0");
        String[] lines = result[1].strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    @Test
    void succeedsWhenTheMigrationExitsZero() throws Exception {
        JsonNode outcome = run("succeeds");
        assertThat(outcome.at("/answers/0/Status").asText()).isEqualTo("SUCCESS");
        assertThat(outcome.toString()).doesNotContain("stop_task");
    }

    @Test
    void reportsTheExitCodeAndEcssStopReasonOnFailure() throws Exception {
        JsonNode outcome = run("fails");
        assertThat(outcome.at("/answers/0/Status").asText()).isEqualTo("FAILED");
        assertThat(outcome.at("/answers/0/Reason").asText()).contains("exit code 3")
                .contains("Essential container in task exited").contains("EssentialContainerExited");
    }

    @Test
    void givesUpAfterItsLimitStopsTheTaskAndFails() throws Exception {
        JsonNode outcome = run("stuck");
        assertThat(outcome.at("/answers/0/Status").asText()).isEqualTo("FAILED");
        assertThat(outcome.at("/answers/0/Reason").asText()).contains("stopped it");
        assertThat(outcome.at("/calls").toString()).contains("[\"stop_task\",\"arn:task/1\"");
        assertThat(outcome.at("/answers").size()).isEqualTo(1);
    }
}
