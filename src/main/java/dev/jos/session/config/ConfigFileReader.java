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
            } catch (YAMLException | IllegalArgumentException e) {
                throw new ConfigException(e.getMessage(), e);
            }
            Map<String, Object> content = Dicts.map(parsed);
            return Optional.of(new Loaded(path, content == null ? new LinkedHashMap<>() : content));
        }
        return Optional.empty();
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
