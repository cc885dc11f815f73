package dev.jos.session.config;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the first existing, readable file of a list, as loader.py:_load_yaml_json_file does:
 * JSON when the name ends in "json", YAML otherwise. SnakeYAML is PyYAML's port, so scalars
 * resolve the same way (YAML 1.1: {@code verify: no} is false, {@code 3} an int).
 */
final class ConfigFileReader {

    /** A file that was found and parsed; the content is {} when the file held no mapping. */
    record Loaded(Path path, Map<String, Object> content) {
    }

    Optional<Loaded> readFirst(List<Path> candidates) throws ConfigException {
        for (Path path : candidates) {
            if (!Files.exists(path)) {
                continue;
            }
            Object parsed;
            try {
                parsed = parse(path);
            } catch (IOException e) {
                // The loader swallows any IOError (EACCES, a directory...) and tries the next file.
                continue;
            } catch (YAMLException e) {
                throw new ConfigException(pyYamlMessage(e, path), e);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage().strip(), e);
            }
            Map<String, Object> content = Dicts.map(parsed);
            return Optional.of(new Loaded(path, content == null ? new LinkedHashMap<>() : content));
        }
        return Optional.empty();
    }

    /**
     * PyYAML's text for a parse error (MarkedYAMLError.__str__): context, its mark unless the
     * same as the problem's, problem, problem mark, each mark as `  in "FILE", line L, column C`
     * (1-based, no snippet: PyYAML keeps none when reading a file), and token names quoted as
     * Python's %r quotes them.
     */
    static String pyYamlMessage(YAMLException e, Path path) {
        if (!(e instanceof MarkedYAMLException m)) {
            return e.getMessage() == null ? "invalid YAML in " + path : e.getMessage().strip();
        }
        List<String> lines = new java.util.ArrayList<>();
        Mark context = m.getContextMark();
        Mark problem = m.getProblemMark();
        if (m.getContext() != null) {
            lines.add(m.getContext());
        }
        if (context != null && (m.getProblem() == null || problem == null || context.getLine() != problem.getLine()
                || context.getColumn() != problem.getColumn())) {
            lines.add(where(context, path));
        }
        if (m.getProblem() != null) {
            lines.add(m.getProblem().replaceAll("but (got|found) (<[^>']+>)$", "but $1 '$2'"));
        }
        if (problem != null) {
            lines.add(where(problem, path));
        }
        return String.join("\n", lines);
    }

    private static String where(Mark mark, Path path) {
        return "  in \"" + path + "\", line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private Object parse(Path path) throws IOException, ConfigException {
        if (path.toString().endsWith("json")) {
            try {
                // built only when needed: an ObjectMapper costs startup time most runs never use
                return new ObjectMapper().readValue(path.toFile(), Object.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ConfigException(e.getOriginalMessage(), e);
            }
        }
        // read first: SnakeYAML would wrap an I/O failure (a directory) in a parse error
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
