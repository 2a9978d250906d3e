package se.ledger.reports.document;

/**
 * What every page carries around the blocks: the document's title (its metadata) and the footer,
 * the checkpoint line with the report's identity and the line that tells how to verify it.
 */
record Frame(String title, String footer, String verify) {

    static Frame of(ReportContent content) {
        var plan = content.plan();
        return new Frame(plan.organisation() + " – " + plan.title() + " – uppföljning per " + plan.validAt(),
                plan.organisation() + " · " + plan.title() + " · per " + plan.validAt() + " · "
                        + content.checkpoint().line(),
                content.checkpoint().verifyLine());
    }
}
