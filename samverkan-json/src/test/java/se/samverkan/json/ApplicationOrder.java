package se.samverkan.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An application's own value (an order), kept in the same {@code JsonMapper} as samverkan documents: a
 * decimal and a date held directly, in an {@code Optional} and in a {@code List}, the shapes the model's
 * own decimals and dates also take.
 */
record ApplicationOrder(BigDecimal price, LocalDate day, Optional<BigDecimal> discount, List<LocalDate> deliveries) {
}
