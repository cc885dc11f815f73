/**
 * Cloud configuration as OSC 6.0.0 resolves it: {@link dev.jos.session.config.ConfigLoader}
 * turns clouds.yaml / secure.yaml, OS_* variables and --os-* options into an immutable
 * {@link dev.jos.session.config.CloudConfig}; {@code CloudConfig.validateForAuth()} fails with
 * OSC's own messages.
 *
 * <p>The code is a port of openstacksdk's loader.py (get_one, magic_fixes) as OSC drives it,
 * keeping its order of steps, because OSC's precedence falls out of that order rather than from
 * a rule: OS_* variables are argparse defaults, so they share the command line's level;
 * clouds.yaml "auth" values of project/domain/token beat both. Expected results in the tests
 * come from running the real OSC: tools/osc-parity/generate.py.
 */
package dev.jos.session.config;
