package io.yusuan.budget.version;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * The version a read shows, with how it was asked for: what its ETag and Cache-Control are made of. The version row
 * alone gives the tag, so a conditional read answers 304 before anything of the version is computed.
 *
 * @param version the version shown
 * @param vintage how the request named it
 */
public record VersionRead(BudgetVersion version, Vintage vintage) {

    /** Cache-Control of the answer: the version's status and whether its address names it. */
    public Freshness freshness() {
        return Freshness.of(version.status() == VersionStatus.PUBLISHED, vintage.addressed());
    }

    /**
     * A strong ETag of one representation of the version: its number and revision (bumped by every change), then
     * what else shapes the answer (unit, classification, media type …), e.g. {@code "v1r4-05-wan-government-csv"}.
     */
    public EntityTag tag(String... representation) {
        return new EntityTag(version.tag() + (representation.length == 0 ? "" : "-" + String.join("-", representation)));
    }

    /** A short digest of free-form parameters (filters, a cursor) for a tag: they may hold any character. */
    public static String digest(Object... parameters) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object parameter : parameters) {
                sha.update(String.valueOf(parameter).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * 304 if the request's If-None-Match names {@code tag}, else the answer {@code ok} builds; either way with the
     * tag, the Cache-Control and the Vary the answer needs.
     *
     * @param negotiated whether the same address answers several media types (Vary: Accept)
     */
    public Response respond(Request request, EntityTag tag, boolean negotiated, Supplier<Response.ResponseBuilder> ok) {
        return respond(request, tag, freshness(), negotiated, ok);
    }

    /** As {@link #respond(Request, EntityTag, boolean, Supplier)}, for an answer that is fresh for less long. */
    public static Response respond(Request request, EntityTag tag, Freshness freshness, boolean negotiated,
            Supplier<Response.ResponseBuilder> ok) {
        Response.ResponseBuilder answer = request.evaluatePreconditions(tag);
        if (answer == null) {
            answer = ok.get();
        }
        List<String> vary = new ArrayList<>();
        if (negotiated) {
            vary.add(HttpHeaders.ACCEPT);
        }
        if (freshness.variesByReader()) {
            // an editor's token shows the open draft at the same address: a cache must not hand the public answer on
            vary.add(HttpHeaders.AUTHORIZATION);
        }
        if (!vary.isEmpty()) {
            answer.header(HttpHeaders.VARY, String.join(", ", vary));
        }
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, freshness.header()).build();
    }
}
