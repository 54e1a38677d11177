package org.microcred.platform.db;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * When no {@code spring.datasource.url} is configured, starts the embedded PostgreSQL and points the data source
 * at it. In that embedded default the {@code demo} profile is switched on unless {@code microcred.demo=false}.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	public static final String DEMO_PROFILE = "demo";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("microcred.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty("microcred.data-dir", "./data"));
		Path dbDir = Path.of(environment.getProperty("microcred.embedded-db.directory", dataDir.resolve("db").toString()));
		boolean ephemeral = environment.getProperty("microcred.embedded-db.ephemeral", Boolean.class, false);
		boolean refuseRunning = environment.getProperty("microcred.embedded-db.refuse-running", Boolean.class, false);
		String url = EmbeddedPostgresLauncher.start(dbDir, ephemeral, refuseRunning);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres", Map.of("spring.datasource.url", url,
					"spring.datasource.username", "postgres", "spring.datasource.password", "",
					"microcred.embedded-db.active", "true")));
		if (environment.getProperty("microcred.demo", Boolean.class, true)) {
			environment.addActiveProfile(DEMO_PROFILE);
		}
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 10;
	}

}
