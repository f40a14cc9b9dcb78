package dev.superscale.aws;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import software.constructs.IConstruct;

/**
 * cdk-nag suppressions, always on one named resource (and its children when the finding is on
 * a child CDK generates), always with the reason the finding does not apply or is accepted.
 */
final class Nag {

    private Nag() {
    }

    static void suppress(IConstruct resource, String rule, String reason) {
        NagSuppressions.addResourceSuppressions(resource,
                List.of(NagPackSuppression.builder().id(rule).reason(reason).build()), true);
    }

    /**
     * A suppression limited to specific findings: IAM4/IAM5 findings name the policy or resource;
     * a regular expression is written /.../ (cdk-nag's RegexAppliesTo).
     */
    static void suppress(IConstruct resource, String rule, String reason, List<String> appliesTo) {
        List<Object> findings = new java.util.ArrayList<>();
        for (String finding : appliesTo) {
            findings.add(finding.startsWith("/") ? RegexAppliesTo.builder().regex(finding).build() : finding);
        }
        NagSuppressions.addResourceSuppressions(resource,
                List.of(NagPackSuppression.builder().id(rule).reason(reason).appliesTo(findings).build()), true);
    }

    /** cdk-nag could not evaluate a rule because a property is a CloudFormation token; the reason says why it holds. */
    static void unevaluable(IConstruct resource, String rule, String reason) {
        suppress(resource, "CdkNagValidationFailure", reason, List.of(rule));
    }

    /** ecr:GetAuthorizationToken, which every task execution role pulling from ECR has, takes no resource ARN. */
    static void ecrAuthorization(IConstruct taskDefinition) {
        suppress(taskDefinition, "AwsSolutions-IAM5", "The execution role's only wildcard is ecr:GetAuthorizationToken, which"
                + " takes no resource ARN; image pulls are limited to the image's repository.", List.of("Resource::*"));
    }
}
