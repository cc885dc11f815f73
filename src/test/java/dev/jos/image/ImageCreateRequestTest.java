package dev.jos.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.FakeCloud;
import dev.jos.FakeCloud.Reply;
import dev.jos.FakeCloud.Run;

/**
 * image create over a glance stand-in that words its errors by the Accept header, as glance
 * does: the SDK sends none, so glance's 403 for --public comes as HTML and OSC prints its lines.
 */
class ImageCreateRequestTest {
    @TempDir
    Path home;

    @Test
    void forbiddenPublicImageIsWordedFromGlancesHtml() throws Exception {
        try (FakeCloud cloud = new FakeCloud().service("image", "/image/v2")) {
            cloud.respond(r -> {
                if (!r.method().equals("POST") || !r.target().equals("/image/v2/images")) {
                    return null;
                }
                return "application/json".equals(r.accept())
                        ? Reply.json(403, "{\"message\": \"You are not authorized to complete publicize_image action.<br /><br />\\n\\n\\n\","
                                + " \"code\": \"403 Forbidden\", \"title\": \"Forbidden\"}")
                        : new Reply(403, "text/html; charset=UTF-8", "<html>\n <head>\n  <title>403 Forbidden</title>\n </head>\n"
                                + " <body>\n  <h1>403 Forbidden</h1>\n  You are not authorized to complete publicize_image action.<br /><br />\n\n\n\n"
                                + " </body>\n</html>");
            });
            Map<String, String> env = cloud.env();
            Run run = FakeCloud.run(env, home, "image", "create", "--public", "pub");

            assertEquals(1, run.rc());
            assertEquals("HttpException: 403: Client Error for url: " + cloud.url("/image/v2/images")
                    + ", 403 Forbidden: You are not authorized to complete publicize_image action.\n", run.err());
            FakeCloud.Request post = cloud.requests.stream().filter(r -> r.method().equals("POST")
                    && r.target().equals("/image/v2/images")).findFirst().orElseThrow();
            assertNotEquals("application/json", post.accept());
        }
    }
}
