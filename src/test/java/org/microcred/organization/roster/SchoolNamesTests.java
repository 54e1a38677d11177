package org.microcred.organization.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class SchoolNamesTests {

	private static final List<String> DISTRICT = List.of("Lincoln Elementary School", "Lincoln Middle School",
			"Roosevelt High School", "Saint-Exupéry Academy");

	@Test
	void aMisspeltOrShortenedNameFindsTheSchoolItMeans() {
		assertThat(nearest("Lincon Elementary")).hasValue("Lincoln Elementary School");
		assertThat(nearest("Roosevelt High")).hasValue("Roosevelt High School");
		assertThat(nearest("roosvelt high school")).hasValue("Roosevelt High School");
		assertThat(nearest("Saint Exupery Academy")).as("accents and punctuation do not count")
			.hasValue("Saint-Exupéry Academy");
	}

	@Test
	void aDifferentSchoolOrTheSameNameIsNotSuggested() {
		assertThat(nearest("Washington High School")).isEmpty();
		assertThat(nearest("Lincoln High School")).as("another Lincoln school is not a typo").isEmpty();
		assertThat(nearest("lincoln elementary school")).as("the same name matches anyway").isEmpty();
		assertThat(nearest("School")).as("nothing left to compare").isEmpty();
	}

	@Test
	void theDistanceCountsInsertionsDeletionsAndSubstitutions() {
		assertThat(SchoolNames.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(SchoolNames.distance("", "abc")).isEqualTo(3);
		assertThat(SchoolNames.distance("same", "same")).isZero();
		assertThat(SchoolNames.similarity("Lincon Elementary", "Lincoln Elementary School")).isGreaterThan(0.9);
		assertThat(SchoolNames.similarity("x".repeat(5000), "x".repeat(4000))).as("long names stay cheap").isEqualTo(1.0);
	}

	private static java.util.Optional<String> nearest(String name) {
		return SchoolNames.nearest(name, DISTRICT, Function.identity());
	}

}
