package se.samverkan.spring.sample;

/**
 * A query parameter that the request cannot be answered with (a date that is not a date, {@code from}
 * without {@code to}, an unknown insats). Answered with 400 problem details naming the parameter
 * ({@link ProblemAdvice}); the message is looked up in the request's language.
 */
final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String messageKey;
    private final transient Object[] arguments;

    /**
     * The exception for a parameter.
     *
     * @param parameter the name of the query parameter
     * @param messageKey the key of the message in {@code messages.properties}
     * @param arguments the message's arguments
     */
    BadParameterException(String parameter, String messageKey, Object... arguments) {
        super(parameter + ": " + messageKey, null, false, false);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String parameter() {
        return parameter;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
