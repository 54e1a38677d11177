/** Operating an installation: metrics for Prometheus, who may read them, and the figures the platform itself owns. */
package org.microcred.platform.ops;
