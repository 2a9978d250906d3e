package se.ledger.plan.query.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The read API's plumbing: time axes as arguments, tables also as CSV (Accept: text/csv or ?format=csv). */
@Configuration(proxyBeanMethods = false)
class ReadApiWebConfig implements WebMvcConfigurer {

    private final ReadTimeResolver readTime;

    ReadApiWebConfig(ReadTimeResolver readTime) {
        this.readTime = readTime;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(readTime);
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new CsvParameter(), new HeaderContentNegotiationStrategy()));
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        // last, so that JSON stays the answer to clients that accept anything
        converters.add(new CsvConverter());
    }
}
