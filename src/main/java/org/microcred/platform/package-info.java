/**
 * Shared infrastructure every module may use: the embedded database, settings, the web shell,
 * error pages and problem details, pagination, text safety and the outgoing mail outbox.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.microcred.platform;
