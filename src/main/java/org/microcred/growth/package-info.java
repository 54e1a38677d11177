/**
 * A teacher's personal growth path: the platform's framework of teaching skills, the teacher's private
 * self-assessment, and explained recommendations of what to earn next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Growth")
package org.microcred.growth;
