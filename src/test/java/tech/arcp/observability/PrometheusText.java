package tech.arcp.observability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4 (the Java client 1.4.3 ships no parser):
 * every line must be a {@code # HELP}, a {@code # TYPE} or a sample of a family whose TYPE came
 * first; anything else fails. Samples are keyed {@code name{labels}} as written.
 */
public final class PrometheusText {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    private static final String VALUE = "(?:[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|NaN|[-+]Inf)";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|summary|histogram|untyped)");
    private static final Pattern SAMPLE = Pattern.compile(
            "(" + NAME + ")(\\{(?:" + LABEL + ")(?:," + LABEL + ")*,?})? (" + VALUE + ")(?: -?\\d+)?");

    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, Double> samples = new LinkedHashMap<>();

    private PrometheusText() {
    }

    public static PrometheusText parse(String body) {
        PrometheusText text = new PrometheusText();
        if (!body.endsWith("\n")) {
            throw new AssertionError("text format must end with a newline");
        }
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                text.read(line);
            }
        }
        return text;
    }

    private void read(String line) {
        Matcher m;
        if (HELP.matcher(line).matches()) {
            return;
        }
        if ((m = TYPE.matcher(line)).matches()) {
            if (types.put(m.group(1), m.group(2)) != null) {
                throw new AssertionError("second TYPE for " + m.group(1));
            }
            return;
        }
        if (!(m = SAMPLE.matcher(line)).matches()) {
            throw new AssertionError("not a Prometheus text line: " + line);
        }
        String name = m.group(1);
        if (familyOf(name) == null) {
            throw new AssertionError("sample before its TYPE line: " + line);
        }
        String key = name + (m.group(2) == null ? "" : m.group(2));
        if (samples.put(key, Double.parseDouble(m.group(3).replace("Inf", "Infinity"))) != null) {
            throw new AssertionError("duplicate sample: " + key);
        }
    }

    private String familyOf(String sample) {
        for (String suffix : new String[] {"", "_total", "_count", "_sum", "_bucket", "_created"}) {
            if (sample.endsWith(suffix) && types.containsKey(sample.substring(0, sample.length() - suffix.length()))) {
                return sample.substring(0, sample.length() - suffix.length());
            }
        }
        return null;
    }

    /** The value of one sample, e.g. {@code arcp_sessions_ended_total{reason="revoked"}}. */
    public double value(String sample) {
        Double v = samples.get(sample);
        if (v == null) {
            throw new AssertionError("no sample " + sample + " in " + samples.keySet());
        }
        return v;
    }

    public String type(String family) {
        return types.get(family);
    }

    public Map<String, Double> samples() {
        return samples;
    }
}
