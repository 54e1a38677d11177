/**
 * The teacher's side of earning: enrollments, resource progress, evidence, submissions and resubmissions, and
 * recognition of prior learning.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package org.microcred.learning;
