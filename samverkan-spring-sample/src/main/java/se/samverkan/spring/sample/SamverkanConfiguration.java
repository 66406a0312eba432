package se.samverkan.spring.sample;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanModule;
import se.samverkan.json.metrics.MetricsJsonWriter;
import se.samverkan.metrics.rules.DocumentCheck;

/**
 * The library's services as singleton beans (each is immutable and thread-safe: created once, shared by
 * every request), the library's Jackson module in Spring's {@code JsonMapper}, and the language of the
 * answers from {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
public class SamverkanConfiguration {

    /** Swedish, the library's first language and the default of the answers. */
    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /**
     * The reader and writer of documents, strict as the format requires.
     *
     * @return the shared reader and writer
     */
    @Bean
    public SamverkanJson samverkanJson() {
        return SamverkanJson.create();
    }

    /**
     * The check: field rules and reporting rules in one list of problems. Creating it builds the model's
     * validator, which takes a moment; the checks themselves do not.
     *
     * @return the shared check
     */
    @Bean
    public DocumentCheck documentCheck() {
        return DocumentCheck.create();
    }

    /**
     * The writer of the metrics output.
     *
     * @return the shared writer
     */
    @Bean
    public MetricsJsonWriter metricsJsonWriter() {
        return MetricsJsonWriter.create();
    }

    /**
     * The library's Jackson module in Spring's own {@code JsonMapper}, so that model types in request and
     * response bodies (a {@code Project}, an {@code Amount}) are read and written the library's way.
     *
     * @return the customizer Spring Boot applies to its mapper
     */
    // tag::mapper[]
    @Bean
    public JsonMapperBuilderCustomizer samverkanModule() {
        return builder -> builder.addModule(new SamverkanModule());
    }
    // end::mapper[]

    /**
     * The language of messages: {@code Accept-Language: en} gives English, anything else (or nothing)
     * Swedish.
     *
     * @return the resolver, named {@code localeResolver} so that it replaces Spring's default
     */
    @Bean
    public LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(SWEDISH, Locale.ENGLISH));
        resolver.setDefaultLocale(SWEDISH);
        return resolver;
    }
}
