package io.yusuan.budget.disclosure;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * openhtmltopdf's log into the service's log (it otherwise prints to standard error in a format of its own): its
 * chatty INFO (timings, "prepare to fly") at DEBUG, its warnings (a CSS property it does not know) as warnings.
 */
final class PdfLog implements XRLogger {

    private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        LOG.log(of(level), where + ": " + message, failure);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the service's log configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isEnabled(of(diagnostic.getLevel()));
    }

    private static Logger.Level of(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (level.intValue() >= Level.WARNING.intValue()) {
            return Logger.Level.WARN;
        }
        return Logger.Level.DEBUG;
    }
}
