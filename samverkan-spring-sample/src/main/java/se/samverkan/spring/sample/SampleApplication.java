package se.samverkan.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 sample service over samverkan: {@code POST /documents/check} checks a document
 * (<i>samverkansdokument</i>) and answers with its problems as RFC 9457 problem details,
 * {@code POST /documents/metrics} answers with its metrics (<i>nyckeltal</i>) as the command-line tool's
 * {@code metrics} command prints them. See this module's README.md.
 */
@SpringBootApplication
public class SampleApplication {

    /**
     * Starts the service (port 8080 unless {@code --server.port} says otherwise).
     *
     * @param args Spring Boot's command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
