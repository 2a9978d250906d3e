package se.ledger.plan.query.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.ResolvableType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import se.ledger.plan.query.PlanViews.AuditEvent;
import se.ledger.plan.query.PlanViews.ChangesView;
import se.ledger.plan.query.PlanViews.HistoryView;
import se.ledger.plan.query.PlanViews.PrognosesView;

/**
 * Writes the read answers that are tables as CSV (with a byte order mark, see {@link Csv}) when the client
 * asks for text/csv or ?format=csv ({@link CsvParameter}), as a download; JSON stays the
 * default because this converter comes after Jackson. Answers without a table are not acceptable as CSV (406).
 */
class CsvConverter extends AbstractGenericHttpMessageConverter<Object> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv");

    CsvConverter() {
        super(TEXT_CSV);
        setDefaultCharset(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type == HistoryView.class || type == PrognosesView.class || type == ChangesView.class;
    }

    @Override
    public boolean canWrite(Type type, Class<?> valueClass, MediaType mediaType) {
        var resolved = ResolvableType.forType(type == null ? valueClass : type);
        boolean auditTrail = List.class.isAssignableFrom(resolved.toClass())
                && resolved.getGeneric(0).toClass() == AuditEvent.class;
        return (auditTrail || supports(resolved.toClass())) && canWrite(mediaType);
    }

    /**
     * Spring lists what an answer can be by its runtime class: for the audit trail an ArrayList, which only
     * {@link #canWrite(Type, Class, MediaType)} can tell apart by its element type.
     */
    @Override
    public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
        return List.class.isAssignableFrom(clazz) || supports(clazz) ? getSupportedMediaTypes() : List.of();
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void writeInternal(Object answer, Type type, HttpOutputMessage output) throws IOException {
        Csv csv;
        String name;
        if (answer instanceof HistoryView history) {
            csv = CsvTables.history(history);
            name = "manadsoversikt-" + history.planId() + "-" + history.year();
        } else if (answer instanceof PrognosesView prognoses) {
            csv = CsvTables.prognoses(prognoses);
            name = "prognoser-" + prognoses.planId();
        } else if (answer instanceof ChangesView changes) {
            csv = CsvTables.changes(changes);
            name = "andringar-" + changes.planId();
        } else {
            csv = CsvTables.events((List<AuditEvent>) answer);
            name = "handelser";
        }
        // a download, also when the link was opened without an Accept header (?format=csv)
        output.getHeaders().setContentDisposition(ContentDisposition.attachment().filename(name + ".csv",
                StandardCharsets.UTF_8).build());
        output.getBody().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new UnsupportedOperationException("CSV is only written");
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) {
        throw new UnsupportedOperationException("CSV is only written");
    }
}
