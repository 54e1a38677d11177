package org.microcred.demo;

/**
 * One step of the demo data. Steps run in {@link #order()} once per database, each in its own transaction.
 */
interface DemoStep {

	String name();

	int order();

	void run(DemoContext context);

}
