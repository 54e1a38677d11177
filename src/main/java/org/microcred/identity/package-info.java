/**
 * Accounts, roles, log in, sign-up, invitations and password reset.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.microcred.identity;
