package org.microcred.learning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.microcred.catalog.design.EvidenceKind;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.learning.PartEvidence;
import org.microcred.platform.Markdown;
import org.microcred.platform.Msg;

/**
 * What must hold before evidence can be submitted: every required part has evidence of an accepted kind, and no
 * part exceeds its word or file limits. Lists every problem, in the order of the parts.
 */
public final class SubmissionCheck {

	private SubmissionCheck() {
	}

	public static List<Msg> problems(MicroCredentialDesign design, Map<String, PartEvidence> draft) {
		List<Msg> problems = new ArrayList<>();
		for (EvidencePart part : design.evidenceParts()) {
			PartEvidence evidence = draft.getOrDefault(part.key(), new PartEvidence(part.key(), null, null, null));
			boolean hasText = part.accepts(EvidenceKind.TEXT) && evidence.text() != null && !evidence.text().isBlank();
			boolean hasLinks = part.accepts(EvidenceKind.LINK) && !evidence.links().isEmpty();
			boolean hasFiles = part.acceptsFiles() && !evidence.files().isEmpty();
			if (part.required() && !hasText && !hasLinks && !hasFiles) {
				problems.add(Msg.of("learning.submit.part-missing", part.title()));
			}
			if (part.maxWords() > 0 && Markdown.words(evidence.text()) > part.maxWords()) {
				problems.add(Msg.of("learning.submit.too-many-words", part.title(), Markdown.words(evidence.text()),
						part.maxWords()));
			}
			if (evidence.files().size() > part.maxFiles()) {
				problems.add(Msg.of("learning.submit.too-many-files", part.title(), evidence.files().size(),
						part.maxFiles()));
			}
		}
		return problems;
	}

}
