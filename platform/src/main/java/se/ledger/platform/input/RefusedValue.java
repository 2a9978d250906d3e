package se.ledger.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value the ledger will not store; Jackson adds the field path on its way out. */
public class RefusedValue extends JsonMappingException {

    private final String detail;

    public RefusedValue(JsonParser parser, String detail) {
        super(parser, detail);
        this.detail = detail;
    }

    /** What is wrong, in Swedish, without Jackson's location text. */
    public String detail() {
        return detail;
    }
}
