/** Event publication helpers: storing the events of a bulk action in the registry with one batch. */
package org.microcred.platform.events;
