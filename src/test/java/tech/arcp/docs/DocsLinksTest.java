package tech.arcp.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md, docs/ and bench/README.md into the repository points at a file
 * (and heading) that exists.
 */
class DocsLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    @Test
    void relativeLinksResolve() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher m = LINK.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://") && !target.startsWith("mailto:") && !resolves(doc, target)) {
                    broken.add(doc + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void readmeStaysShort() throws IOException {
        assertThat(Files.readAllLines(Path.of("README.md"))).hasSizeLessThanOrEqualTo(250);
    }

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"), Path.of("bench/README.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    private static boolean resolves(Path doc, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? doc : doc.toAbsolutePath().getParent().resolve(file).normalize();
        if (!resolved.startsWith(Path.of("").toAbsolutePath())) {
            return true; // outside the repository (../shared/SPEC.md): not ours to check
        }
        if (!Files.exists(resolved)) {
            return false;
        }
        if (hash < 0 || !resolved.toString().endsWith(".md")) {
            return true;
        }
        return anchors(Files.readString(resolved)).contains(target.substring(hash + 1));
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Matcher m = HEADING.matcher(markdown);
        while (m.find()) {
            anchors.add(m.group(1).trim().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
