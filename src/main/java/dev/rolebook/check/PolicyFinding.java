package dev.rolebook.check;

import dev.rolebook.report.Code;
import dev.rolebook.report.Severity;
import java.util.Optional;

/**
 * A finding about one statement of a policy, kept with what the guide's "Known problems" section
 * needs: the policy or variant ({@code owner}), the statement, the value it is about (an action,
 * resource, principal or condition key), why it is a problem and what to do.
 *
 * @param severity the severity as reported: {@link Severity#NOTE} when acknowledged
 * @param acknowledged the manifest's reason when the writer accepted the finding on purpose
 */
public record PolicyFinding(
    String owner,
    String file,
    int line,
    int column,
    String statement,
    Code code,
    Severity severity,
    String value,
    String message,
    String hint,
    Optional<String> acknowledged) {}
