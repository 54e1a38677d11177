/**
 * Integration with other systems: API clients and their OAuth 2.0 bearer tokens, rate limits, idempotent writes,
 * and the token-authenticated API (awarding and revoking credentials from an issuer's own systems).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration")
package org.microcred.integration;
