package se.ledger.reports.document;

import java.util.List;

/**
 * The report as a sequence of blocks: both renderers (PDF through XHTML, Word through POI) lay out
 * the same blocks, so the two documents hold the same headings, texts and tables.
 */
public sealed interface Block {

    /** The title page's head: what the board reads first. */
    record Title(String organisation, String title, String subtitle, List<String> lines) implements Block {
    }

    /** level 1: a part (Sammanfattning, a målområde, the appendix); 2: a goal; 3: a sub-goal. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph; label (may be null) is set in bold before the text. */
    record Text(String label, String text) implements Block {
    }

    /** kind names the layout (summary, indicators, activities, grid); head the column titles. */
    record Table(String kind, List<String> head, List<Row> rows) implements Block {
    }

    record PageBreak() implements Block {
    }

    /** group: a row that heads the rows after it (a målområde, a goal in the month grid). */
    record Row(List<Cell> cells, boolean group) {
    }

    /** tone: green, yellow, red or grey (null: none); bars: a small chart drawn in the cell. */
    record Cell(String text, String tone, List<Bar> bars) {

        static Cell of(String text) {
            return new Cell(text, null, List.of());
        }

        static Cell toned(String text, String tone) {
            return new Cell(text, tone, List.of());
        }
    }

    /** One bar of a small chart: its height (0–1), label and kind (baseline, value, target). */
    record Bar(String label, double share, String kind) {
    }
}
