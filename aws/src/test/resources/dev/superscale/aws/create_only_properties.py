"""Prints {resource type: createOnlyProperties} as JSON for the types given as arguments.

The pointers come from CloudFormation's resource provider schemas as cfn-lint bundles them
(us-east-1). Custom resources (Custom::*) get CloudFormation's generic custom-resource schema.
"""
import json
import sys

from cfnlint.schema import PROVIDER_SCHEMA_MANAGER
from cfnlint.version import __version__


def main(types):
    result = {}
    for resource_type in types:
        schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema('us-east-1', resource_type).schema
        result[resource_type] = sorted(schema.get('createOnlyProperties', []))
    json.dump({'source': 'cfn-lint ' + __version__, 'createOnlyProperties': result}, sys.stdout, sort_keys=True)


if __name__ == '__main__':
    main(sys.argv[1:])
