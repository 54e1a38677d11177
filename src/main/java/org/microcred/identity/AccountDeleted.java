package org.microcred.identity;

/**
 * A person deleted their account. Published inside the deletion's transaction: every module that keeps personal
 * data about them removes or anonymises it before the deletion commits, or the deletion does not happen.
 */
public record AccountDeleted(AccountId account) {
}
