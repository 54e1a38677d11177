package org.microcred.identity;

/**
 * A pending sign-up, as its e-mailed link shows it.
 *
 * @param email the address the link was sent to, which the account will have
 * @param displayName the name given when signing up
 * @param language the language of the page it was asked on (a language tag), which the account starts with
 */
public record SignUpRequest(String email, String displayName, String language) {
}
