/**
 * Delivery of teachers' credentials to their wallet apps with OpenID for Verifiable Credential Issuance (the
 * pre-authorized code flow): credential offers, the issuer metadata, the token, nonce and credential endpoints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wallet")
package org.microcred.wallet;
