/**
 * Open Badges 3.0 verifiable credentials: issuing and signing, issuer keys, status lists (revocation), public
 * badge pages, a verifier for anyone's credentials, baked images, certificates and CLR transcripts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Badges")
package org.microcred.badge;
