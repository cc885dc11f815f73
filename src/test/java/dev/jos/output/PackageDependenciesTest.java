package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The output engine stays self-contained: the JDK and Jackson only, no CLI or cloud SDK. */
class PackageDependenciesTest {

    private static final Path SOURCES = Paths.get("src/main/java/dev/jos/output");

    @Test
    void importsNeitherPicocliNorOpenstack4j() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.list(SOURCES)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(PackageDependenciesTest::importsForbidden)
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
        assertTrue(offenders.isEmpty(), "forbidden imports in " + offenders);
    }

    @Test
    void neverTouchesTheProcessEnvironmentOrConsole() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.list(SOURCES)) {
            offenders = files.filter(f -> read(f).matches("(?s).*System\\.(out|err|getenv).*"))
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
        assertTrue(offenders.isEmpty(), "System.out/err/getenv in " + offenders);
    }

    private static boolean importsForbidden(Path file) {
        String source = read(file);
        return source.contains("picocli") || source.contains("openstack4j");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
