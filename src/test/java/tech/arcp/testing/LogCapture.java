package tech.arcp.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Captures everything logback writes on the given loggers (level, logger, MDC, message and
 * stack traces), formatted, for assertions; {@link #close} restores the loggers' levels.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();
    private final List<ILoggingEvent> events = new ArrayList<>();
    private final Map<Logger, Level> levels = new HashMap<>();
    private final PatternLayout layout = new PatternLayout();

    /** Attaches to each logger (name → level to set while capturing). */
    public static LogCapture attach(Map<String, Level> loggers) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogCapture capture = new LogCapture();
        capture.setContext(context);
        capture.layout.setContext(context);
        capture.layout.setPattern("%level %logger [%mdc] %message%n%xException");
        capture.layout.start();
        capture.start();
        loggers.forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            capture.levels.put(logger, logger.getLevel());
            logger.setLevel(level);
            logger.addAppender(capture);
        });
        return capture;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        events.add(event);
        lines.add(layout.doLayout(event));
    }

    public synchronized String text() {
        return String.join("", lines);
    }

    /** The formatted messages of one logger, in order. */
    public synchronized List<String> messages(String logger) {
        return events.stream().filter(e -> e.getLoggerName().equals(logger)).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Override
    public void close() {
        levels.forEach((logger, level) -> {
            logger.detachAppender(this);
            logger.setLevel(level);
        });
        stop();
    }
}
