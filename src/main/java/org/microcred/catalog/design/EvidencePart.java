package org.microcred.catalog.design;

import java.util.List;
import java.util.Set;

/**
 * A piece of evidence the teacher must produce, with the rubric criteria it is judged against.
 *
 * @param key stable identifier within the design (kept across versions)
 * @param maxFiles most files a teacher may attach (0 when files are not accepted)
 * @param maxWords most words of written text (0 for no limit)
 */
public record EvidencePart(String key, String title, String instructions, Set<EvidenceKind> acceptedKinds,
		boolean required, int maxFiles, int maxWords, List<Criterion> criteria) {

	public EvidencePart {
		acceptedKinds = acceptedKinds == null ? Set.of() : Set.copyOf(acceptedKinds);
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
	}

	public boolean accepts(EvidenceKind kind) {
		return acceptedKinds.contains(kind);
	}

	public boolean acceptsText() {
		return accepts(EvidenceKind.TEXT);
	}

	public boolean acceptsLinks() {
		return accepts(EvidenceKind.LINK);
	}

	public boolean acceptsStudentWork() {
		return accepts(EvidenceKind.STUDENT_WORK);
	}

	/** Files here can only be student work samples. */
	public boolean onlyStudentWorkFiles() {
		return accepts(EvidenceKind.STUDENT_WORK) && !accepts(EvidenceKind.FILE);
	}

	public boolean acceptsFiles() {
		return accepts(EvidenceKind.FILE) || accepts(EvidenceKind.STUDENT_WORK);
	}

}
