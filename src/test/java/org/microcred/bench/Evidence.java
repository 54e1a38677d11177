package org.microcred.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;

/**
 * What a teacher hands in for each evidence part: a written reflection where the part takes text, links to
 * recordings or documents where it takes links. (Uploaded files are not generated: their bytes would have to exist
 * in evidence storage.)
 */
final class Evidence {

	/** One part's evidence; {@code links} is a text[] literal. */
	record Part(String key, String text, String links) {
	}

	List<Part> parts(MicroCredentialDesign design, boolean revised, SplittableRandom random) {
		List<Part> parts = new ArrayList<>();
		for (EvidencePart part : design.evidenceParts()) {
			String text = null;
			if (part.acceptsText()) {
				StringBuilder out = new StringBuilder(revised ? "Revised after the feedback: " : "");
				int sentences = 2 + random.nextInt(3);
				for (int i = 0; i < sentences; i++) {
					out.append(i == 0 ? "" : " ").append(Vocabulary.pick(random, Vocabulary.EVIDENCE));
				}
				text = out.toString();
			}
			List<String> links = new ArrayList<>();
			if (part.acceptsLinks() && (text == null || random.nextDouble() < 0.4)) {
				links.add("https://drive.example.org/d/" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
				if (random.nextBoolean()) {
					links.add("https://video.example.org/watch?v=" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
				}
			}
			parts.add(new Part(part.key(), text, CopyBatch.array(links)));
		}
		return parts;
	}

}
