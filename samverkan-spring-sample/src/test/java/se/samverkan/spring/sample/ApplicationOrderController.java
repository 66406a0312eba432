package se.samverkan.spring.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the application's own, beside the library's (test only; found by the application's
 * component scan like any other): it answers with an order of the application, and echoes an order it is
 * sent, so that a test sees how Spring's mapper writes and reads the application's decimals and dates.
 */
@RestController
@RequestMapping("/test/orders")
class ApplicationOrderController {

    /** The order {@code GET /test/orders/sample} answers with. */
    static final Order SAMPLE = new Order(new BigDecimal("1E+3"), LocalDate.of(2026, 12, 5),
        Optional.of(new BigDecimal("0.10")), List.of(LocalDate.of(2026, 1, 31)));

    /** An order of the application: a decimal and a date, directly, in an optional and in a list. */
    record Order(BigDecimal price, LocalDate day, Optional<BigDecimal> discount, List<LocalDate> deliveries) {
    }

    @GetMapping("/sample")
    Order sample() {
        return SAMPLE;
    }

    @PostMapping("/echo")
    Order echo(@RequestBody Order order) {
        return order;
    }
}
