/**
 * A file as text: strict UTF-8 without a byte order mark, plain text only, and what is wrong with it line
 * by line. Shared by the parsers of both formats and the import, so a problem reads the same whichever
 * format it was found in.
 */
package se.ledger.imports.text;
