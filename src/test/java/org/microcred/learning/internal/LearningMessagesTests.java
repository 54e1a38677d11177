package org.microcred.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.microcred.learning.AttemptStatus;
import org.microcred.learning.EnrollmentStatus;
import org.microcred.platform.Msg;
import org.microcred.support.ModuleMessages;

/** Everything the learning module says to people is in every language, including the file kinds it names. */
class LearningMessagesTests {

	@Test
	void everyKeyTheLearningModuleNamesIsInEveryLanguage() {
		assertThat(ModuleMessages.keysNamedIn("learning")).hasSizeGreaterThan(50);
		assertThat(ModuleMessages.missing(ModuleMessages.keysNamedIn("learning"))).isEmpty();
	}

	@Test
	void statusesAndFileKindsAreNamedInEveryLanguage() {
		List<String> keys = new ArrayList<>();
		Stream.of(EnrollmentStatus.values()).map(EnrollmentStatus::messageKey).forEach(keys::add);
		Stream.of(AttemptStatus.values()).map(AttemptStatus::messageKey).forEach(keys::add);
		Stream.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "image/heic", "image/heif",
				"image/tiff", "image/svg+xml", "text/plain", "text/csv", "text/markdown", "application/json",
				"application/rtf", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
				"application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation",
				"audio/mpeg", "video/mp4", "application/x-msdownload", "application/x-unknown")
			.flatMap(type -> Stream.of(FileKinds.one(type), FileKinds.plural(type)))
			.map(Msg::key)
			.forEach(keys::add);
		assertThat(keys).contains("learning.file-kind.word", "learning.file-kind.spreadsheet", "learning.file-kind.other",
				"learning.file-kinds.programs");
		assertThat(ModuleMessages.missing(keys)).isEmpty();
	}

	@Test
	void everyLearningTextIsWellFormed() {
		assertThat(ModuleMessages.malformed("learning")).isEmpty();
	}

}
