package org.microcred.demo;

import java.util.Arrays;

import org.microcred.platform.PlatformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the app runs and, with demo data, how to log in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final PlatformSettings settings;

	private final Environment environment;

	StartupBanner(PlatformSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void print() {
		StringBuilder banner = new StringBuilder("\n\n  Microcred is running at ").append(settings.url("/")).append('\n');
		if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
			banner.append("\n  Demo logins (password for all: ").append(DemoAccounts.PASSWORD).append(")\n");
			for (DemoAccounts.Login login : DemoAccounts.LOGINS) {
				banner.append(String.format("    %-24s %s%n", login.role().label(), login.email()));
			}
		}
		log.info(banner.toString());
	}

}
