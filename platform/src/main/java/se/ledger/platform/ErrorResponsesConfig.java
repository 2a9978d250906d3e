package se.ledger.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** Errors answered before any controller runs leave as problem+json with a 4xx too. */
@Configuration(proxyBeanMethods = false)
public class ErrorResponsesConfig {

    /** Spring Security's firewall ('..', ';', encoded slashes): a malformed request, not a missing login. */
    @Bean
    public RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        var problems = new ProblemResponses(json);
        return (request, response, e) -> problems.write(response, HttpStatus.BAD_REQUEST, ErrorTitles.of(400),
                "Adressen är felformad och avvisades (t.ex. '..', ';', '//' eller kodade snedstreck).");
    }

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
