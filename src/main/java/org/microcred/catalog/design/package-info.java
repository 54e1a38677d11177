/**
 * The content of a credential design: what a micro-credential asks, how it is assessed and what it is worth.
 * These values are shared with the modules that enroll, assess and certify against a design.
 */
@org.springframework.modulith.NamedInterface("design")
package org.microcred.catalog.design;
