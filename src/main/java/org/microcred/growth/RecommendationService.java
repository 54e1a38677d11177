package org.microcred.growth;

import java.util.List;

import org.microcred.catalog.CatalogLabel;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.growth.internal.GrowthStore;
import org.microcred.growth.internal.RecommendationScorer;
import org.microcred.growth.internal.Scored;
import org.microcred.growth.internal.TeacherSignals;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.platform.ConflictException;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Recommended for you": published micro-credentials ranked for one teacher by an explainable score
 * (docs/recommendations.md), each with its reasons. A teacher can dismiss an item (it is never shown again) and
 * undo that.
 */
@Service
public class RecommendationService {

	private final TeacherSignals signals;

	private final SelfAssessmentService assessments;

	private final GrowthStore store;

	private final CatalogService catalog;

	RecommendationService(TeacherSignals signals, SelfAssessmentService assessments, GrowthStore store,
			CatalogService catalog) {
		this.signals = signals;
		this.assessments = assessments;
		this.store = store;
		this.catalog = catalog;
	}

	/** Every recommendation for the teacher, best first. */
	public List<Recommendation> all(CurrentUser teacher) {
		SelfAssessment assessment = assessments.mine(teacher);
		TeacherSignals.Catalog published = signals.catalog();
		return RecommendationScorer
			.rank(published.candidates(), signals.of(teacher, assessment, published),
					signals.names(LocaleContextHolder.getLocale()))
			.stream()
			.map(RecommendationService::view)
			.toList();
	}

	public PageResult<Recommendation> page(CurrentUser teacher, PageRequest page) {
		List<Recommendation> all = all(teacher);
		int from = (int) Math.min(all.size(), page.offset());
		return new PageResult<>(all.subList(from, Math.min(all.size(), from + page.size())), page.page(), page.size(),
				all.size());
	}

	/**
	 * Never recommends this credential to the teacher again (until {@link #restore}).
	 * @throws ConflictException when it was dismissed already
	 */
	@Transactional
	public String dismiss(CurrentUser teacher, CredentialId credential) {
		teacher.require(Role.TEACHER);
		String title = publishedTitle(credential);
		if (!store.dismiss(teacher.id().value(), credential.value())) {
			throw new ConflictException("growth.dismiss.already", title);
		}
		return title;
	}

	/**
	 * Undoes a dismissal.
	 * @throws ConflictException when it was not dismissed
	 */
	@Transactional
	public String restore(CurrentUser teacher, CredentialId credential) {
		teacher.require(Role.TEACHER);
		String title = publishedTitle(credential);
		if (!store.restore(teacher.id().value(), credential.value())) {
			throw new ConflictException("growth.restore.not-dismissed", title);
		}
		return title;
	}

	/** What the teacher dismissed and is still published, by title: to undo. */
	public List<CatalogLabel> dismissed(CurrentUser teacher) {
		teacher.require(Role.TEACHER);
		return catalog
			.publishedLabels(store.dismissed(teacher.id().value())
				.stream()
				.map(CredentialId::new)
				.collect(java.util.stream.Collectors.toSet()))
			.values()
			.stream()
			.sorted(java.util.Comparator.comparing(CatalogLabel::title))
			.toList();
	}

	private String publishedTitle(CredentialId credential) {
		return catalog.published(credential)
			.orElseThrow(() -> new NotFoundException("growth.recommendation.not-found"))
			.title();
	}

	private static Recommendation view(Scored s) {
		return new Recommendation(new CredentialId(s.candidate().credentialId()), s.candidate().title(),
				s.candidate().summary(), s.candidate().workloadHours(), s.score(), s.reasons());
	}

}
