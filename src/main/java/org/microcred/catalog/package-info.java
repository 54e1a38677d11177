/**
 * Micro-credential designs (the Open Badges Achievement), rubrics, evidence parts, resources, stacks, versions,
 * quality review and publication, and the public catalog.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.microcred.catalog;
