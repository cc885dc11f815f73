package dev.jos.compute.keypair;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** argparse's choices=['ssh', 'x509'] for --type, with its wording (see UsageErrors). */
public final class KeypairType implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        if (!value.equals("ssh") && !value.equals("x509")) {
            throw new TypeConversionException("invalid choice: '" + value + "' (choose from 'ssh', 'x509')");
        }
        return value;
    }
}
