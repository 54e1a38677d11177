package org.microcred;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Microcred: competency-based micro-credentials for teacher professional development.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Modulithic(sharedModules = "platform")
public class MicrocredApplication {

	public static void main(String[] args) {
		SpringApplication.run(MicrocredApplication.class, args);
	}

}
