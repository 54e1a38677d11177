/**
 * Issuers, districts and their schools, and who belongs where.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations")
package org.microcred.organization;
