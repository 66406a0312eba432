package se.samverkan.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An enum typed on the command line as its constant's name in lower case ({@code --format csv},
 * {@code --table budget}, {@code --lang en}); any other text is refused.
 */
final class Codes<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    private Codes(Class<E> type) {
        this.type = type;
    }

    static <E extends Enum<E>> Codes<E> of(Class<E> type) {
        return new Codes<>(Objects.requireNonNull(type, "type"));
    }

    /** The code of a constant: its name in lower case. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The codes of an enum, comma-separated in declaration order ({@code json, csv, xlsx, text}). */
    static String list(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> code((Enum<?>) c)).collect(Collectors.joining(", "));
    }

    @Override
    public E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (code(constant).equals(value)) {
                return constant;
            }
        }
        throw new TypeConversionException(value);
    }
}
