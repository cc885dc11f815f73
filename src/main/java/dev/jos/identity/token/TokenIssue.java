package dev.jos.identity.token;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.output.Record;
import dev.jos.session.AuthToken;

public class TokenIssue extends ShowCommand {
    /** Python's strftime('%Y-%m-%dT%H:%M:%S%z') of an aware UTC datetime. */
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    @Override
    protected Record show(Invocation inv) {
        AuthToken token = inv.identity().token();
        JsonNode body = token.body();
        TreeMap<String, Object> data = new TreeMap<>();
        data.put("id", token.id());
        data.put("expires", EXPIRES.format(token.expiresAt().atOffset(ZoneOffset.UTC)));
        putIfSet(data, "project_id", token.projectId());
        putIfSet(data, "user_id", token.userId());
        putIfSet(data, "domain_id", token.domainId());
        if (body.has("system")) {
            data.put("system", "all");
        }
        return new Record(new ArrayList<>(data.keySet()), new ArrayList<>(data.values()));
    }

    private static void putIfSet(TreeMap<String, Object> data, String key, String value) {
        if (value != null) {
            data.put(key, value);
        }
    }

}
