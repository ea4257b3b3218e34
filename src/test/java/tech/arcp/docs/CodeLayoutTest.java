package tech.arcp.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** README's "Code layout" lists exactly the packages that exist, so it cannot drift from the tree. */
class CodeLayoutTest {
    private static final Path ROOT = Path.of("src/main/java/tech/arcp");
    private static final Pattern ENTRY = Pattern.compile("^  ([a-z0-9]+(?:/[a-z0-9]+)*)/\\s");

    @Test
    void readmeCodeLayoutListsEveryPackageAndNoOther() throws IOException {
        assertThat(listedPackages()).isEqualTo(actualPackages());
    }

    @Test
    void readmeCodeLayoutNamesTheRootClasses() throws IOException {
        String block = layoutBlock();
        try (Stream<Path> files = Files.list(ROOT)) {
            List<String> wiring = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Arcp") && n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).toList();
            assertThat(wiring).isNotEmpty().allSatisfy(name -> assertThat(block).contains(name));
        }
    }

    static Set<String> actualPackages() throws IOException {
        try (Stream<Path> dirs = Files.walk(ROOT)) {
            return dirs.filter(Files::isDirectory).filter(CodeLayoutTest::holdsJava)
                    .filter(d -> !d.equals(ROOT))
                    .map(d -> ROOT.relativize(d).toString().replace('\\', '/'))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> listedPackages() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : layoutBlock().split("\n")) {
            Matcher m = ENTRY.matcher(line);
            if (m.find()) {
                listed.add(m.group(1));
            }
        }
        return listed;
    }

    private static String layoutBlock() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("\n## Code layout");
        assertThat(section).as("README has a Code layout section").isPositive();
        int open = readme.indexOf("```", section);
        int close = readme.indexOf("```", open + 3);
        return readme.substring(open + 3, close);
    }
}
