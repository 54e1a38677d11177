/**
 * A person's data over time: how long evidence is kept after a decision (issuer and district retention policies
 * and the job that applies them), a teacher's export of all their data, and deleting one's own account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.microcred.privacy;
