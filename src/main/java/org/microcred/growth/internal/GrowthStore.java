package org.microcred.growth.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.growth.FrameworkSkill;
import org.microcred.growth.SkillDomain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The growth tables: the framework, self-assessments, dismissals and who earned what. */
@Repository
public class GrowthStore {

	/** A teacher's self-assessment as stored. */
	public record ProfileRow(Integer hoursPerWeek, List<String> gradeBands, List<String> subjects,
			List<String> interests, Instant completedAt, Instant skippedAt) {
	}

	private final JdbcClient jdbc;

	GrowthStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SkillDomain> framework() {
		Map<String, List<FrameworkSkill>> skills = new HashMap<>();
		jdbc.sql("select code, domain_code, name_en, name_es, description_en, description_es from growth_skill order by position")
			.query((rs, n) -> new FrameworkSkill(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list()
			.forEach(s -> skills.computeIfAbsent(s.domainCode(), d -> new java.util.ArrayList<>()).add(s));
		return jdbc.sql("select code, name_en, name_es from growth_domain order by position")
			.query((rs, n) -> new SkillDomain(rs.getString(1), rs.getString(2), rs.getString(3),
					skills.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	/** Framework skill codes by catalog skill (lower case). */
	public Map<String, Set<String>> mappings() {
		Map<String, Set<String>> map = new LinkedHashMap<>();
		jdbc.sql("select catalog_skill, skill_code from growth_skill_mapping")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> map.computeIfAbsent(e.getKey(), k -> new java.util.TreeSet<>()).add(e.getValue()));
		return map;
	}

	public Optional<ProfileRow> profile(UUID teacher) {
		return jdbc.sql("""
				select hours_per_week, grade_bands, subjects, interests, completed_at, skipped_at
				from growth_profile where teacher_id = ?""")
			.param(teacher)
			.query((rs, n) -> new ProfileRow((Integer) rs.getObject(1), strings(rs.getArray(2)), strings(rs.getArray(3)),
					strings(rs.getArray(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
			.optional();
	}

	public Map<String, Integer> ratings(UUID teacher) {
		Map<String, Integer> ratings = new HashMap<>();
		jdbc.sql("select skill_code, confidence from growth_rating where teacher_id = ?")
			.param(teacher)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(e -> ratings.put(e.getKey(), e.getValue()));
		return ratings;
	}

	/** Replaces the teacher's self-assessment (profile and every rating) in one go. */
	public void saveAssessment(UUID teacher, Integer hoursPerWeek, List<String> gradeBands, List<String> subjects,
			List<String> interests, Map<String, Integer> ratings) {
		jdbc.sql("""
				insert into growth_profile (teacher_id, hours_per_week, grade_bands, subjects, interests, completed_at,
				                            updated_at)
				values (?, ?, ?::text[], ?::text[], ?::text[], now(), now())
				on conflict (teacher_id) do update set hours_per_week = excluded.hours_per_week,
				  grade_bands = excluded.grade_bands, subjects = excluded.subjects, interests = excluded.interests,
				  completed_at = now(), updated_at = now()""")
			.params(teacher, hoursPerWeek, array(gradeBands), array(subjects), array(interests))
			.update();
		jdbc.sql("delete from growth_rating where teacher_id = ?").param(teacher).update();
		ratings.forEach((skill, confidence) -> jdbc
			.sql("insert into growth_rating (teacher_id, skill_code, confidence) values (?, ?, ?)")
			.params(teacher, skill, confidence)
			.update());
	}

	/** Records that the teacher skipped the guided form (it is not offered again on the home page). */
	public void skip(UUID teacher) {
		jdbc.sql("""
				insert into growth_profile (teacher_id, skipped_at) values (?, now())
				on conflict (teacher_id) do update set skipped_at = coalesce(growth_profile.skipped_at, now())""")
			.param(teacher)
			.update();
	}

	public Set<UUID> dismissed(UUID teacher) {
		return Set.copyOf(jdbc.sql("select credential_id from growth_dismissal where teacher_id = ?")
			.param(teacher)
			.query(UUID.class)
			.list());
	}

	/** @return false when it was dismissed already */
	public boolean dismiss(UUID teacher, UUID credential) {
		return jdbc.sql("insert into growth_dismissal (teacher_id, credential_id) values (?, ?) on conflict do nothing")
			.params(teacher, credential)
			.update() == 1;
	}

	/** @return false when it was not dismissed */
	public boolean restore(UUID teacher, UUID credential) {
		return jdbc.sql("delete from growth_dismissal where teacher_id = ? and credential_id = ?")
			.params(teacher, credential)
			.update() == 1;
	}

	public void earned(UUID teacher, UUID credential, Instant at) {
		jdbc.sql("""
				insert into growth_earner (teacher_id, credential_id, earned_at) values (?, ?, ?)
				on conflict (teacher_id, credential_id) do update set earned_at = greatest(growth_earner.earned_at,
				  excluded.earned_at)""")
			.params(teacher, credential, Timestamp.from(at))
			.update();
	}

	/** How many of these teachers earned each credential. */
	public Map<UUID, Long> earnerCounts(Collection<UUID> teachers) {
		Map<UUID, Long> counts = new HashMap<>();
		if (teachers.isEmpty()) {
			return counts;
		}
		jdbc.sql("select credential_id, count(*) from growth_earner where teacher_id = any(?::uuid[]) group by credential_id")
			.param(teachers.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** Every earner's credentials in the order earned: the history the offline benchmark replays. */
	public Map<UUID, List<UUID>> histories() {
		Map<UUID, List<UUID>> all = new LinkedHashMap<>();
		jdbc.sql("select teacher_id, credential_id from growth_earner order by teacher_id, earned_at, credential_id")
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.forEach(e -> all.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		return all;
	}

	private static String[] array(List<String> values) {
		return values.toArray(String[]::new);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

}
