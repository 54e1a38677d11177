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
		if (org.microcred.platform.backup.BackupCommand.handles(args)) {
			System.exit(org.microcred.platform.backup.BackupCommand.run(args));
		}
		SpringApplication.run(MicrocredApplication.class, args);
	}

}
