package org.microcred.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With the {@code demo} profile (on by default with the embedded database), seeds the demo data at start-up. */
@Component
@Profile("demo")
@Order(0)
class DemoRunner implements ApplicationRunner {

	private final DemoSeeder seeder;

	DemoRunner(DemoSeeder seeder) {
		this.seeder = seeder;
	}

	@Override
	public void run(ApplicationArguments args) {
		seeder.seedOnce();
	}

}
