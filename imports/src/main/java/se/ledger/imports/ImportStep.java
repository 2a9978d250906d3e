package se.ledger.imports;

/**
 * One command translated from a file, with where it came from so that a refusal can name the line.
 *
 * @param aggregateId the entity the command is about
 * @param sourceLine  null when the command comes from the caller's parameters rather than a line
 */
public record ImportStep(StepKind kind, String aggregateId, Object command, Integer sourceLine) {
}
