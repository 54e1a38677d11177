package org.microcred.learning.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.microcred.learning.LearningSettings;
import org.microcred.learning.ResumableUploadSettings;
import org.microcred.platform.PlatformSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tus protocol over the folder of uploads under way (in the data directory unless configured). */
@Configuration
class ResumableUploadConfiguration {

	@Bean
	TusUploads tusUploads(ResumableUploadSettings settings, LearningSettings evidence, PlatformSettings platform)
			throws IOException {
		Path directory = settings.directory() != null ? settings.directory() : platform.dataDir().resolve("tus");
		return new TusUploads(directory, evidence.maxFileSize().toBytes(), settings.expiry());
	}

}
