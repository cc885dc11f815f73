package dev.jos.trace;

import dev.jos.session.CommandException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PlantUML text to SVG with PlantUML's pure-Java renderer (no Graphviz is needed for sequence
 * diagrams). The jar is not on jos's class path, so that no other command pays for it: it is
 * loaded here, from target/plantuml/ beside jos.jar, through its own class loader and by
 * reflection (classes of jos.jar cannot name types their loader does not see). On the test class
 * path it is visible directly.
 */
final class SvgRenderer {
    private final Class<?> reader;
    private final Object svgOption;
    private final Class<?> optionClass;

    SvgRenderer() {
        try {
            ClassLoader loader = loader();
            reader = Class.forName("net.sourceforge.plantuml.SourceStringReader", true, loader);
            Class<?> format = Class.forName("net.sourceforge.plantuml.FileFormat", true, loader);
            optionClass = Class.forName("net.sourceforge.plantuml.FileFormatOption", true, loader);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object svg = Enum.valueOf((Class) format, "SVG");
            svgOption = optionClass.getConstructor(format).newInstance(svg);
        } catch (ReflectiveOperationException | IOException e) {
            throw new CommandException("Cannot load PlantUML to draw SVG (" + e + "); rebuild jos with mvn package");
        }
    }

    private static ClassLoader loader() throws IOException {
        ClassLoader own = SvgRenderer.class.getClassLoader();
        if (own.getResource("net/sourceforge/plantuml/SourceStringReader.class") != null) {
            return own;
        }
        try {
            Path jos = Path.of(SvgRenderer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path jar = jos.getParent().resolve("plantuml").resolve("plantuml-mit.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IOException(jar + " not found");
            }
            // the class loader lives as long as this one command
            return new URLClassLoader(new URL[] {jar.toUri().toURL()}, own);
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    String render(String plantUml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(plantUml, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    void render(String plantUml, OutputStream out) {
        try {
            Object r = reader.getConstructor(String.class).newInstance(plantUml);
            reader.getMethod("outputImage", OutputStream.class, optionClass).invoke(r, out, svgOption);
        } catch (InvocationTargetException e) {
            throw new CommandException("PlantUML could not draw the diagram: " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new CommandException("PlantUML could not draw the diagram: " + e);
        }
    }
}
