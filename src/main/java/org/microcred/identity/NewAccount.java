package org.microcred.identity;

/** A person to create an account for, without a password (they set one from an e-mailed link). */
public record NewAccount(String displayName, String email) {
}
