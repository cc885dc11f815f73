package dev.jos.image;

import java.util.List;
import java.util.regex.Pattern;

import dev.jos.cli.Invocation;
import dev.jos.identity.IdentityKind;
import dev.jos.session.CommandException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The image commands' argparse types (choices, int) and look-ups, with OSC's wording. */
final class ImageArgs {
    static final List<String> CONTAINER_CHOICES = List.of("ami", "ari", "aki", "bare", "docker", "ova", "ovf");
    static final List<String> DISK_CHOICES = List.of("ami", "ari", "aki", "vhd", "vmdk", "raw", "qcow2", "vhdx", "vdi",
            "iso", "ploop");
    static final List<String> MEMBER_STATUS_CHOICES = List.of("accepted", "pending", "rejected", "all");
    private static final Pattern INT = Pattern.compile("[+-]?\\d+(?:_\\d+)*");

    private ImageArgs() {
    }

    static String choice(String value, List<String> choices) {
        if (!choices.contains(value)) {
            StringBuilder sb = new StringBuilder();
            for (String c : choices) {
                sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(c).append('\'');
            }
            throw new TypeConversionException("invalid choice: '" + value + "' (choose from " + sb + ")");
        }
        return value;
    }

    public static final class ContainerFormat implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return choice(value, CONTAINER_CHOICES);
        }
    }

    public static final class DiskFormat implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return choice(value, DISK_CHOICES);
        }
    }

    /** type=lambda s: s.lower(), then choices. */
    public static final class MemberStatus implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return choice(value.toLowerCase(java.util.Locale.ROOT), MEMBER_STATUS_CHOICES);
        }
    }

    /** Python's int(). */
    public static final class Int implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String s = value.strip();
            if (INT.matcher(s).matches()) {
                try {
                    return Long.parseLong(s.replace("_", "").replace("+", ""));
                } catch (NumberFormatException e) {
                    // too large: worded below
                }
            }
            throw new TypeConversionException("'" + value + "' is not an int");
        }
    }

    /** identity.common.find_project: by name or id (in the domain), trusting the value on a 403. */
    static String projectId(Invocation inv, String project, String domain) {
        return inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, domain).path("id").asText();
    }

    /**
     * find_image(ignore_missing=True) followed by `.id`, as OSC's save, member list and list
     * --marker do: a miss is Python's AttributeError on None.
     */
    static com.fasterxml.jackson.databind.node.ObjectNode findOrNone(ImageApi api, String nameOrId) {
        try {
            return api.findImage(nameOrId);
        } catch (dev.jos.session.ApiException e) {
            throw e;
        } catch (CommandException e) {
            if (e.getMessage() != null && e.getMessage().equals("No Image found for " + nameOrId)) {
                throw new CommandException("'NoneType' object has no attribute 'id'");
            }
            throw e;
        }
    }
}
