/**
 * Telling people what concerns them: e-mail and in-app notices, by each person's preferences.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.microcred.notification;
