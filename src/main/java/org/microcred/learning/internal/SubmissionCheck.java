package org.microcred.learning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.microcred.catalog.design.EvidenceKind;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.learning.PartEvidence;
import org.microcred.platform.Markdown;

/**
 * What must hold before evidence can be submitted: every required part has evidence of an accepted kind, and no
 * part exceeds its word or file limits. Lists every problem, in the order of the parts.
 */
public final class SubmissionCheck {

	private SubmissionCheck() {
	}

	public static List<String> problems(MicroCredentialDesign design, Map<String, PartEvidence> draft) {
		List<String> problems = new ArrayList<>();
		for (EvidencePart part : design.evidenceParts()) {
			PartEvidence evidence = draft.getOrDefault(part.key(), new PartEvidence(part.key(), null, null, null));
			boolean hasText = part.accepts(EvidenceKind.TEXT) && evidence.text() != null && !evidence.text().isBlank();
			boolean hasLinks = part.accepts(EvidenceKind.LINK) && !evidence.links().isEmpty();
			boolean hasFiles = part.acceptsFiles() && !evidence.files().isEmpty();
			if (part.required() && !hasText && !hasLinks && !hasFiles) {
				problems.add("“" + part.title() + "” is required and has no evidence yet.");
			}
			if (part.maxWords() > 0 && Markdown.words(evidence.text()) > part.maxWords()) {
				problems.add("“" + part.title() + "” has " + Markdown.words(evidence.text()) + " words; the limit is "
						+ part.maxWords() + ".");
			}
			if (evidence.files().size() > part.maxFiles()) {
				problems.add("“" + part.title() + "” has " + evidence.files().size() + " files; the limit is "
						+ part.maxFiles() + ".");
			}
		}
		return problems;
	}

}
