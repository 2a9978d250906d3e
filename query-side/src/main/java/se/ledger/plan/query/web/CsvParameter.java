package se.ledger.plan.query.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * {@code ?format=csv} on a read asks for CSV as {@code Accept: text/csv} does, so a link in a page or a mail
 * downloads the table. Only reads (GET): the import's {@code format} parameter names the uploaded file's format.
 * Without it the Accept header decides, as before.
 */
final class CsvParameter implements ContentNegotiationStrategy {

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        var http = request.getNativeRequest(jakarta.servlet.http.HttpServletRequest.class);
        if (http != null && "GET".equals(http.getMethod()) && "csv".equalsIgnoreCase(request.getParameter("format"))) {
            return List.of(CsvConverter.TEXT_CSV);
        }
        return MEDIA_TYPE_ALL_LIST;
    }
}
