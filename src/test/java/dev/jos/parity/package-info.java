/**
 * Functional parity tests: every {@code *ParityIT} runs command lines through {@code bin/jos}
 * and through the reference client {@code /usr/bin/openstack} (python-openstackclient 6.0.0)
 * against the OpenStack lab on 127.0.0.1, and fails on any difference in exit code, stdout
 * (byte for byte, after normalizing only tokens, request ids and timestamps, keeping their
 * lengths) or stderr (the same, with argparse's {@code usage:} block dropped and the program
 * name mapped).
 *
 * <h2>Running</h2>
 * <pre>
 * sudo lab/up.sh                      # the lab; without it every test fails and says so
 * mvn -B verify                       # package, unit tests, then failsafe runs the *ParityIT
 * mvn -B verify -Dit.test=CliParityIT -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * System properties: {@code jos.home} (the project root whose {@code bin/jos} runs; default the
 * working directory), {@code jos.cmd} (run this program instead of bin/jos:
 * {@code -Djos.cmd=/usr/bin/openstack} compares OSC with itself, which checks the harness),
 * {@code jos.parity.timeout} (seconds per command, default 120), {@code jos.lab.dir}
 * (default /var/lib/openstack-lab). Every difference is also appended to
 * {@code target/parity-differences.txt}.
 *
 * <h2>Environment</h2>
 * Each command gets only the variables of an openrc file (the lab's admin or demo, or the
 * course's operator.sh / normal.sh style), PATH=/usr/bin:/bin, LANG=C.UTF-8 and a HOME and
 * XDG_CACHE_HOME in a temporary directory of the test class (one per tool). The caller's
 * OS_* variables never reach it.
 *
 * <h2>Objects</h2>
 * Tests that create objects give each tool its own copy, named {@code jp<time><rand>-jos-...}
 * and {@code jp<time><rand>-osc-...} (see {@link dev.jos.parity.Sides}); they delete them in
 * {@code @AfterAll}, and copies older than three hours left by an interrupted run are swept at
 * the start.
 */
package dev.jos.parity;
