package org.microcred.organization.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.RosterProblem;
import org.microcred.organization.School;
import org.microcred.organization.SchoolId;
import org.microcred.organization.roster.Inputs.Parsed;
import org.microcred.organization.roster.Plan.Action;
import org.microcred.organization.roster.Plan.DistrictState;
import org.microcred.support.EnglishText;
import org.springframework.core.io.ByteArrayResource;

/** What an administrator sees when the uploaded files are odd or wrong: every problem, by file, row and column. */
class RosterReaderTests {

	static final String ORGS = """
			sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
			d1,active,,Springfield District,district,,
			s1,active,,Lincoln Elementary,school,,d1
			s2,active,,Roosevelt High,school,,d1
			""";

	static final String USERS = """
			sourcedId,status,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,email
			t1,active,true,s1,teacher,ada,{stateLicense:SL-1},Ada,Lovelace,ada@example.org
			t2,active,true,"d1,s2",teacher,alan,,Alan,Turing,alan@example.org
			st1,active,true,s1,student,bobby,,Bobby,Tables,bobby@example.org
			""";

	private final Problems problems = new Problems();

	@Test
	void readsOneRosterSchoolsAndTeachersAndIgnoresOtherRoles() {
		Parsed parsed = oneRoster(ORGS, USERS);
		assertThat(problems.list()).isEmpty();
		assertThat(parsed.schools()).extracting(Inputs.SchoolInput::name).containsExactly("Lincoln Elementary",
				"Roosevelt High");
		assertThat(parsed.teachers()).extracting(Inputs.TeacherInput::email).containsExactly("ada@example.org",
				"alan@example.org");
		assertThat(parsed.teachers().get(0).license()).isEqualTo("SL-1");
		assertThat(parsed.teachers().get(0).row()).isEqualTo(2);
		assertThat(parsed.teachers().get(1).schoolKey()).isEqualTo("s2");
		assertThat(parsed.notes()).singleElement().extracting(EnglishText::of).asString().contains("users.csv: ignored 1 row whose role is not teacher");
	}

	@Test
	void semicolonsTabsAndAByteOrderMarkAreUnderstood() {
		String semicolons = "\uFEFF" + USERS.replace(",", ";").replace("\"d1;s2\"", "\"d1,s2\"");
		assertThat(oneRoster(ORGS.replace(",", "\t"), semicolons).teachers()).hasSize(2);
		assertThat(problems.list()).isEmpty();
	}

	@Test
	void latin1BytesAreReportedWithTheirRowAndOffset() {
		byte[] latin1 = USERS.replace("Lovelace", "Lovelacé").getBytes(StandardCharsets.ISO_8859_1);
		new RosterReader(problems).oneRoster("orgs.csv", file(ORGS), "users.csv", new ByteArrayResource(latin1));
		assertThat(problems.list()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("users.csv");
			assertThat(EnglishText.of(p.message())).startsWith("Row 2: byte").contains("0xE9").contains("not valid UTF-8");
		});
	}

	@Test
	void aMissingRequiredColumnIsNamed() {
		oneRoster(ORGS, USERS.replace(",email", ",mail"));
		assertThat(problems.list()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.column()).isEqualTo("email");
			assertThat(EnglishText.of(p.message())).contains("Required column missing: email");
		});
	}

	@Test
	void duplicateSourcedIdsAndEmailsPointToTheFirstRow() {
		oneRoster(ORGS + "s1,active,,Other School,school,,d1\n",
				USERS + "t1,active,true,s1,teacher,x,,Ex,Ample,other@example.org\n"
						+ "t9,active,true,s1,teacher,y,,Why,Not,ADA@example.org\n");
		assertThat(problems.list()).extracting(RosterProblem::file, RosterProblem::row, RosterProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("orgs.csv", 5, "sourcedId"),
					org.assertj.core.groups.Tuple.tuple("users.csv", 5, "sourcedId"),
					org.assertj.core.groups.Tuple.tuple("users.csv", 6, "email"));
		assertThat(EnglishText.of(problems.list().get(1).message())).contains("\"t1\" already appears in row 2");
	}

	@Test
	void anUnknownSchoolReferenceIsAProblemOfThePlan() {
		Parsed parsed = oneRoster(null, USERS.replace("t1,active,true,s1", "t1,active,true,s404"));
		Plan plan = RosterPlanner.plan(parsed, new DistrictState(List.of(), List.of(), Map.of()), false);
		assertThat(plan.problems().list()).extracting(RosterProblem::row, RosterProblem::column)
			.contains(org.assertj.core.groups.Tuple.tuple(2, "orgSourcedIds"));
		assertThat(EnglishText.of(plan.problems().list().get(0).message())).contains("Unknown school \"s404\"");
	}

	@Test
	void aSchoolTheDistrictAlreadyHasIsMatchedBySourcedIdAndCountsAsUnchanged() {
		Parsed parsed = oneRoster(ORGS, USERS);
		OrganizationId district = new OrganizationId(UUID.randomUUID());
		List<School> existing = List.of(new School(new SchoolId(UUID.randomUUID()), district, "Lincoln Elementary", "s1",
				true));
		Plan plan = RosterPlanner.plan(parsed, new DistrictState(existing, List.of(), Map.of()), false);
		assertThat(plan.problems().list()).isEmpty();
		assertThat(plan.schools()).extracting(Plan.PlannedSchool::action).containsExactly(Action.UNCHANGED, Action.ADD);
		assertThat(plan.counts()).containsEntry("TEACHER.ADD", 2);
	}

	@Test
	void aBinaryFileIsNotTakenForCsv() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };
		new RosterReader(problems).oneRoster("orgs.csv", null, "users.csv", new ByteArrayResource(png));
		assertThat(problems.list()).singleElement().extracting(p -> EnglishText.of(p.message())).asString()
			.contains("This is not a CSV file (it looks like an image)");
		Problems more = new Problems();
		new RosterReader(more).template("roster.csv", new ByteArrayResource("%PDF-1.7\n%\u00e2\u00e3".getBytes()));
		assertThat(more.list()).singleElement().extracting(p -> EnglishText.of(p.message())).asString().contains("PDF");
	}

	@Test
	void aFileWithoutTheExpectedHeaderSaysWhatItFound() {
		new RosterReader(problems).template("roster.csv", file("just some text\nand more\n"));
		assertThat(problems.list()).singleElement().extracting(p -> EnglishText.of(p.message())).asString()
			.contains("Required columns missing: school, teacher_id").contains("The header row has: just some text");
	}

	@Test
	void anUnclosedQuoteIsReportedNearItsRow() {
		oneRoster(ORGS, USERS + "t3,active,true,s1,teacher,x,,\"Unclosed,Quote,q@example.org\n");
		assertThat(problems.list()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(5);
			assertThat(EnglishText.of(p.message())).contains("unclosed quote");
		});
	}

	@Test
	void theTemplateCreatesSchoolsByNameAndReadsLicences() {
		Parsed parsed = new RosterReader(problems).template("roster.csv", file("""
				school;teacher_id;given_name;family_name;email;state_license_number
				Lincoln Elementary;T-1;Ada;Lovelace;ada@example.org;SL-1
				lincoln elementary;;Alan;Turing;alan@example.org;
				;T-3;Grace;Hopper;grace@example.org;bad<licence>
				"""));
		assertThat(parsed.schools()).singleElement().extracting(Inputs.SchoolInput::name).isEqualTo("Lincoln Elementary");
		assertThat(parsed.teachers()).extracting(Inputs.TeacherInput::schoolKey).containsExactly("lincoln elementary",
				"lincoln elementary", null);
		assertThat(problems.list()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(4);
			assertThat(p.column()).isEqualTo("state_license_number");
		});
	}

	private Parsed oneRoster(String orgs, String users) {
		return new RosterReader(problems).oneRoster("orgs.csv", orgs == null ? null : file(orgs), "users.csv",
				file(users));
	}

	private static ByteArrayResource file(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
	}

}
