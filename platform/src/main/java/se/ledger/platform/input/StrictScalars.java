package se.ledger.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;

/**
 * Request values only in their own JSON shape: text as strings, numbers as numbers, dates as ISO
 * strings. Jackson's defaults would read {@code 17000} as a date and {@code "3.5"} as a number.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, "ska vara en text inom citattecken");
            }
            String text = p.getText();
            String problem = InputRules.textProblem(text);
            if (problem != null) {
                throw new RefusedValue(p, problem);
            }
            return InputRules.normaliseNewlines(text);
        }
    }

    static final class Decimal extends StdScalarDeserializer<BigDecimal> {
        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                throw new RefusedValue(p, "ska vara ett tal utan citattecken, t.ex. 12.5");
            }
            BigDecimal value;
            try {
                value = p.getDecimalValue();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new RefusedValue(p, "talet kan inte läsas");
            }
            String problem = InputRules.numberProblem(value);
            if (problem != null) {
                throw new RefusedValue(p, problem);
            }
            return value;
        }
    }

    static final class Date extends Iso<LocalDate> {
        Date() {
            super(LocalDate.class, LocalDate::parse, InputRules::dateProblem, "ska vara ett datum ÅÅÅÅ-MM-DD, t.ex. 2022-08-31");
        }
    }

    static final class Month extends Iso<YearMonth> {
        Month() {
            super(YearMonth.class, YearMonth::parse, InputRules::monthProblem, "ska vara en månad ÅÅÅÅ-MM, t.ex. 2022-08");
        }
    }

    private abstract static class Iso<T> extends StdScalarDeserializer<T> {
        private final Function<String, T> parse;
        private final Function<T, String> rule;
        private final String shape;

        Iso(Class<T> type, Function<String, T> parse, Function<T, String> rule, String shape) {
            super(type);
            this.parse = parse;
            this.rule = rule;
            this.shape = shape;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, shape);
            }
            T value;
            try {
                value = parse.apply(p.getText());
            } catch (DateTimeException e) {
                throw new RefusedValue(p, shape);
            }
            String problem = rule.apply(value);
            if (problem != null) {
                throw new RefusedValue(p, problem);
            }
            return value;
        }
    }
}
