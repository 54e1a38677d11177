/**
 * Demo data for the embedded default: realistic organizations, people, credentials and activity, created once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.microcred.demo;
