package dev.jos.compute.keypair;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.compute.ComputeApi.KeypairSpec;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's CreateKeypair (openstacksdk): imports --public-key, or has nova generate a key whose
 * private half goes to --private-key or, without it, to stdout before an empty record.
 */
public class KeypairCreate extends ShowCommand {
    @Parameters(paramLabel = "<name>", description = "New public or private key name")
    String name;
    @Option(names = "--public-key", paramLabel = "<file>", description = "Filename for public key to add. If not used, creates a private key.")
    String publicKeyFile;
    @Option(names = "--private-key", paramLabel = "<file>", description = "Filename for private key to save. If not used, print private key in console.")
    String privateKeyFile;
    @Option(names = "--type", paramLabel = "<type>", converter = KeypairType.class, description = "Keypair type. Can be ssh or x509. (Supported by API versions '2.2' - '2.latest')")
    String type;
    @Option(names = "--user", paramLabel = "<user>", description = "The owner of the keypair. (admin only) (name or ID). Requires ``--os-compute-api-version`` 2.10 or greater.")
    String user;
    @Option(names = "--user-domain", paramLabel = "<user-domain>", description = "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.")
    String userDomain;

    private final KeyFiles files;
    private String printed;

    public KeypairCreate() {
        this(null);
    }

    KeypairCreate(KeyFiles files) {
        this.files = files;
    }

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--public-key", "--private-key"));
    }

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        // $HOME and the working directory are the invocation's, not this JVM's
        KeyFiles files = this.files != null ? this.files : new KeyFiles(inv.home(), inv::file);
        String publicKey = null;
        if (publicKeyFile != null) {
            try {
                publicKey = files.read(files.expand(publicKeyFile));
            } catch (KeyFiles.KeyFileException e) {
                throw new CommandException("Key file " + publicKeyFile + " not found: " + e.getMessage());
            }
        }
        if (type != null && !compute.supportsMicroversion("2.2")) {
            throw new CommandException("--os-compute-api-version 2.2 or greater is required to support the --type option");
        }
        String userId = null;
        if (user != null) {
            if (!compute.supportsMicroversion("2.10")) {
                throw new CommandException("--os-compute-api-version 2.10 or greater is required to support the --user option");
            }
            userId = inv.identityFinder().findOrAssume(IdentityKind.USER, user, userDomain).path("id").asText();
        }
        // OSC 6.0 passes the type as key_type, which openstacksdk's Keypair does not know and
        // leaves out of the request: nova gets no type and makes an ssh key
        ObjectNode keypair = compute.createKeypair(new KeypairSpec(name, publicKey, null, userId));
        if (privateKeyFile != null) {
            try {
                files.writePrivate(files.expand(privateKeyFile), keypair.path("private_key").asText(""));
            } catch (KeyFiles.KeyFileException e) {
                throw new CommandException("Key file " + privateKeyFile + " can not be saved: " + e.getMessage());
            }
        }
        if (publicKeyFile != null || privateKeyFile != null) {
            return KeypairColumns.record(keypair, true, true);
        }
        printed = keypair.path("private_key").asText("");
        return KeypairColumns.empty();
    }

    @Override
    protected String textBefore() {
        return printed;
    }
}
