package ru.erp.crm.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The login and password of an HTTP Basic {@code Authorization} header, read one way for the API's
 * authentication mechanism and for the 1C exchange endpoint (which checks a channel's login).
 */
public record BasicCredentials(String login, String password) {

    private static final String SCHEME = "Basic ";

    /** Whether the header asks for Basic authentication at all (its content may still be unreadable). */
    public static boolean isBasic(String authorizationHeader) {
        return authorizationHeader != null && authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** The credentials of a Basic header; empty when there is none or it cannot be decoded. */
    public static Optional<BasicCredentials> of(String authorizationHeader) {
        if (!isBasic(authorizationHeader)) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(authorizationHeader.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new BasicCredentials(pair.substring(0, colon), pair.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Never the password: credentials end up in logs and debuggers. */
    @Override
    public String toString() {
        return "BasicCredentials[login=" + login + "]";
    }
}
