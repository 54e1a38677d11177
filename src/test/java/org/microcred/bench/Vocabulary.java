package org.microcred.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Words the generated platform is made of: people, places, organizations, course titles, evidence. */
final class Vocabulary {

	static final List<String> FIRST_NAMES = List.of("Maya", "James", "Sofia", "Liam", "Aisha", "Noah", "Lucía", "Ethan",
			"Priya", "Mateo", "Olivia", "Kwame", "Emma", "Hiroshi", "Fatima", "Daniel", "Chloe", "Diego", "Amara", "Lucas",
			"Mei", "Samuel", "Isabella", "Omar", "Grace", "Carlos", "Zara", "Benjamin", "Ana", "Elijah", "Hannah", "Tariq",
			"Leah", "Andrés", "Nia", "Michael", "Yuki", "Gabriel", "Rosa", "David", "Ingrid", "Jamal", "Camila", "Patrick",
			"Ayesha", "Thomas", "Valentina", "Kofi", "Sarah", "Javier", "Linh", "Aaron", "Niamh", "Ravi", "Elena", "Marcus",
			"Chiara", "Tomás", "Abigail", "Jin", "Lauren", "Mohammed", "Siobhan", "Andre", "Julia", "Emeka", "Rachel",
			"Pedro", "Keiko", "Connor", "Marisol", "Dev", "Naomi", "Ibrahim", "Claire", "Rafael", "Anjali", "Owen", "Lena",
			"Tyrone", "Ming", "Joseph", "Alejandra", "Sean", "Esther", "Kenji", "Monique", "Aarav", "Beatriz", "Ryan");

	static final List<String> LAST_NAMES = List.of("Johnson", "García", "Okafor", "Nguyen", "Smith", "Patel", "Walsh",
			"Herrera", "Kim", "Williams", "Rodríguez", "Mensah", "Brown", "Tanaka", "Ahmed", "Jones", "Martínez", "Byrne",
			"Chen", "Davis", "López", "Abubakar", "Miller", "Sato", "Hussain", "Wilson", "González", "Murphy", "Singh",
			"Moore", "Pérez", "Adeyemi", "Taylor", "Yamamoto", "Khan", "Anderson", "Sánchez", "Kelly", "Wang", "Thomas",
			"Ramírez", "Owusu", "Jackson", "Suzuki", "Ali", "White", "Torres", "O'Brien", "Li", "Harris", "Flores",
			"Boateng", "Martin", "Watanabe", "Shah", "Thompson", "Rivera", "Doyle", "Zhang", "Clark", "Gómez", "Eze",
			"Lewis", "Ito", "Malik", "Robinson", "Díaz", "Ryan", "Liu", "Walker", "Morales", "Asante", "Young", "Kato",
			"Iqbal", "Allen", "Reyes", "Quinn", "Huang", "King", "Cruz", "Nwosu", "Wright", "Mori", "Rahman", "Scott");

	static final List<String> PLACES = List.of("Riverside", "Maple Grove", "Cedar Falls", "Lakeview", "Fairmont",
			"Brookhaven", "Oak Ridge", "Willow Creek", "Harbor City", "Pine Valley", "Summit", "Eastfield", "Westbrook",
			"Northgate", "Southport", "Clearwater", "Stonebridge", "Highland", "Meadowbrook", "Silver Lake", "Ashford",
			"Kingsley", "Granite Bay", "Sunnydale", "Bayside", "Redwood", "Elm Park", "Forest Hills", "Greenfield",
			"Hillcrest", "Lincoln", "Jefferson", "Roosevelt", "Franklin", "Washington", "Madison", "Monroe", "Jackson");

	static final List<String[]> STATES = List.of(new String[] { "California", "CA" }, new String[] { "Texas", "TX" },
			new String[] { "New York", "NY" }, new String[] { "Illinois", "IL" }, new String[] { "Ohio", "OH" },
			new String[] { "Georgia", "GA" }, new String[] { "Washington", "WA" }, new String[] { "Colorado", "CO" },
			new String[] { "Massachusetts", "MA" }, new String[] { "Arizona", "AZ" }, new String[] { "Oregon", "OR" },
			new String[] { "Virginia", "VA" }, new String[] { "Michigan", "MI" }, new String[] { "Tennessee", "TN" });

	static final List<String> SCHOOL_KINDS = List.of("Elementary School", "Elementary School", "Elementary School",
			"Middle School", "Middle School", "High School", "K-8 Academy", "Early Learning Center");

	/** Issuer kinds: category, name pattern (%s = a place or a state), country. */
	static final List<String[]> ISSUER_KINDS = List.of(
			new String[] { "State education agency", "%s Department of Education", "US" },
			new String[] { "University", "%s University School of Education", "US" },
			new String[] { "Non-profit PD provider", "%s Teaching Institute", "US" },
			new String[] { "Professional association", "%s Association of Teachers", "US" },
			new String[] { "University", "%s College of Education", "GB" },
			new String[] { "Non-profit PD provider", "%s Center for Teaching Excellence", "US" },
			new String[] { "District consortium", "%s Regional Learning Collaborative", "US" },
			new String[] { "University", "%s Institute of Education", "IE" });

	/** Topic phrases per demo design (by its slug): the title of a variant matches the content it keeps. */
	static final Map<String, List<String>> TOPICS = Map.ofEntries(
			Map.entry("classroom-management", List.of("Proactive Classroom Management", "Routines That Run Themselves",
					"Positive Behaviour Support", "Behaviour-Specific Praise", "Calm Responses to Misbehaviour",
					"Active Supervision", "Teaching Expectations Explicitly", "Smooth Transitions")),
			Map.entry("cs-coding-classroom", List.of("Coding in the Classroom", "PRIMM Programming Lessons",
					"Computational Thinking", "Pair Programming", "Debugging With Students", "Block-Based Coding",
					"Computer Science Fundamentals")),
			Map.entry("data-informed-instruction", List.of("Using Student Data to Inform Instruction", "Data Team Cycles",
					"Item Analysis for Reteaching", "Data-Informed Small Groups", "Reading Assessment Data",
					"Collaborative Data Inquiry")),
			Map.entry("design-thinking", List.of("Design Thinking for Student Projects", "Project-Based Learning",
					"Prototyping With Students", "Problem-Based Units", "Student Design Challenges", "Maker Projects")),
			Map.entry("differentiated-instruction", List.of("Differentiated Instruction", "Tiered Tasks",
					"Flexible Grouping", "Choice Boards", "Scaffolded Practice", "Readiness-Based Differentiation")),
			Map.entry("digital-tools", List.of("Digital Tools for Teaching and Learning", "Accessible Digital Materials",
					"Blended Learning Stations", "Online Formative Feedback", "Video for Learning",
					"Digital Citizenship")),
			Map.entry("english-learners", List.of("Supporting English Learners", "Academic Language Development",
					"Sheltered Instruction", "Multilingual Learners in Content Classes", "Sentence Frames and Scaffolds",
					"Oral Language Routines")),
			Map.entry("equitable-classrooms", List.of("Equitable and Inclusive Classrooms",
					"Universal Design for Learning", "Culturally Responsive Teaching", "High Expectations for All",
					"Inclusive Participation Structures", "Bias-Aware Grading")),
			Map.entry("family-engagement", List.of("Family Engagement for Student Learning", "Home-School Partnerships",
					"Positive Phone Calls Home", "Student-Led Conferences", "Family Learning Nights")),
			Map.entry("formative-assessment", List.of("Formative Assessment", "Checking for Understanding",
					"Hinge Questions", "Exit Tickets That Inform Teaching", "Success Criteria", "Feedback That Moves Learning",
					"Peer and Self-Assessment")),
			Map.entry("mentoring-coaching", List.of("Mentoring and Coaching", "Instructional Coaching Cycles",
					"Mentoring New Teachers", "Coaching Conversations", "Peer Observation and Feedback",
					"Reflective Practice Partnerships")),
			Map.entry("questioning-discussion", List.of("Higher-Order Questioning", "Classroom Discussion",
					"Talk Moves", "Socratic Seminars", "Accountable Talk", "Dialogic Teaching")),
			Map.entry("social-emotional-learning", List.of("Social-Emotional Learning", "Morning Meetings",
					"Self-Regulation Strategies", "Relationship Skills", "Restorative Circles", "Classroom Climate")),
			Map.entry("student-collaboration", List.of("Structured Student Collaboration", "Cooperative Learning Roles",
					"Academic Discourse in Groups", "Group Work That Works", "Jigsaw and Think-Pair-Share")));

	/** Where a credential applies: phrase, subject (or null), grade band (or null), extra skill. */
	static final List<String[]> CONTEXTS = List.of(new String[] { "in Early Literacy", "English language arts", "K_2", "early literacy" },
			new String[] { "in Elementary Mathematics", "Mathematics", "GRADES_3_5", "mathematics" },
			new String[] { "in Middle School Mathematics", "Mathematics", "GRADES_6_8", "mathematics" },
			new String[] { "in High School Algebra", "Mathematics", "GRADES_9_12", "algebra" },
			new String[] { "in Elementary Science", "Science", "GRADES_3_5", "science" },
			new String[] { "in Middle School Science", "Science", "GRADES_6_8", "science" },
			new String[] { "in High School Biology", "Science", "GRADES_9_12", "biology" },
			new String[] { "in High School Chemistry", "Science", "GRADES_9_12", "chemistry" },
			new String[] { "in Social Studies", "Social studies", "GRADES_6_8", "social studies" },
			new String[] { "in History Classes", "History", "GRADES_9_12", "history" },
			new String[] { "in Writing Workshops", "English language arts", "GRADES_3_5", "writing" },
			new String[] { "in Secondary English", "English language arts", "GRADES_9_12", "literature" },
			new String[] { "in World Languages", "World languages", "GRADES_9_12", "world languages" },
			new String[] { "in Art and Music", "Art and design", null, "arts" },
			new String[] { "in Physical Education", "Physical education", null, "physical education" },
			new String[] { "in Special Education", "All subjects", null, "special education" },
			new String[] { "for Students With Disabilities", "All subjects", null, "disabilities" },
			new String[] { "for Multilingual Classrooms", "All subjects", null, "multilingual learners" },
			new String[] { "in Rural Schools", "All subjects", null, "rural education" },
			new String[] { "in Urban Schools", "All subjects", null, "urban education" },
			new String[] { "in Pre-K Classrooms", "All subjects", "PRE_K", "early childhood" },
			new String[] { "in Kindergarten", "All subjects", "K_2", "kindergarten" },
			new String[] { "in Career and Technical Education", "Technology", "GRADES_9_12", "career education" },
			new String[] { "in Blended Classrooms", "All subjects", null, "blended learning" },
			new String[] { "in Online Teaching", "All subjects", null, "online teaching" },
			new String[] { "for First-Year Teachers", "All subjects", null, "new teachers" },
			new String[] { "for Teacher Leaders", "All subjects", "ADULT", "teacher leadership" },
			new String[] { "in Adult Education", "All subjects", "ADULT", "adult education" },
			new String[] { "in STEM Labs", "Science", "GRADES_6_8", "stem" },
			new String[] { "in Advanced Placement Courses", "All subjects", "GRADES_9_12", "advanced placement" },
			new String[] { "in Inclusive Classrooms", "All subjects", null, "inclusion" },
			new String[] { "Across the Curriculum", "All subjects", null, null },
			new String[] { "for Small-Group Instruction", "All subjects", "K_2", "small groups" },
			new String[] { "in Literacy Intervention", "English language arts", "GRADES_3_5", "reading intervention" },
			new String[] { "in Mathematics Intervention", "Mathematics", "GRADES_6_8", "math intervention" },
			new String[] { "in Computer Science", "Computer science", "GRADES_9_12", "computer science" });

	static final List<String> LEVELS = List.of("", "", "", " — Foundations", " — Advanced", " — Level 2", ": Practice",
			" (Teacher Leader Edition)");

	/** Spanish titles of the designs a Spanish-language variant may be made from. */
	static final Map<String, String> SPANISH_TITLES = Map.ofEntries(
			Map.entry("classroom-management", "Gestión proactiva del aula"),
			Map.entry("cs-coding-classroom", "Programación y pensamiento computacional en el aula"),
			Map.entry("data-informed-instruction", "Uso de datos de los estudiantes para la enseñanza"),
			Map.entry("design-thinking", "Pensamiento de diseño en proyectos escolares"),
			Map.entry("differentiated-instruction", "Instrucción diferenciada"),
			Map.entry("digital-tools", "Herramientas digitales para enseñar y aprender"),
			Map.entry("english-learners", "Apoyo a estudiantes multilingües"),
			Map.entry("equitable-classrooms", "Aulas equitativas e inclusivas"),
			Map.entry("family-engagement", "Participación de las familias"),
			Map.entry("formative-assessment", "Evaluación formativa en el aula"),
			Map.entry("mentoring-coaching", "Mentoría y acompañamiento docente"),
			Map.entry("questioning-discussion", "Preguntas de orden superior y discusión"),
			Map.entry("social-emotional-learning", "Aprendizaje socioemocional"),
			Map.entry("student-collaboration", "Colaboración estructurada entre estudiantes"));

	static final List<String> EVIDENCE = List.of("I taught the routine explicitly on the first day and practised it daily for two weeks.",
			"My students' exit tickets showed that most of them could explain the idea in their own words.",
			"I recorded a 20-minute segment of the lesson and annotated the moments where I checked for understanding.",
			"The attached plan shows where each check happens and what I do if fewer than 80% of students succeed.",
			"Three student work samples show how their explanations improved after the feedback lesson.",
			"I kept a tally of opportunities to respond for a week before and a week after changing my routines.",
			"Two colleagues observed the lesson and their notes are summarised below.",
			"I adjusted the grouping after the second lesson because the data showed a gap in vocabulary.",
			"Students used the success criteria to assess their own drafts before conferencing with me.",
			"In my reflection I compare what I planned with what happened and what I will change next time.",
			"The families who joined the learning night gave feedback in a short survey; 42 of 50 responded.",
			"I used sentence frames for the discussion, and by the end of the unit most students no longer needed them.",
			"The class averaged 68% on the pre-assessment and 87% on the post-assessment of the same skills.",
			"I changed the order of the activities after noticing that the warm-up took longer than planned.",
			"Students with IEPs had the same task with additional scaffolds described in the plan.",
			"The video shows the transition from small groups to whole-class discussion, which now takes under a minute.",
			"Feedback from my coach helped me focus on wait time; my average wait time rose from one to four seconds.",
			"I shared the results with my grade-level team and we adopted the routine across four classrooms.");

	static final List<String> PASS_SUMMARIES = List.of("Solid evidence of the competency in your classroom.",
			"Clear, well-aligned evidence, and you acted on what it showed. Well done.",
			"Your reflection connects the method to your students' results convincingly.",
			"Every criterion is met; the student work samples are especially strong.",
			"A thoughtful submission: the plan, the evidence and the reflection tell one story.");

	static final List<String> RETURN_SUMMARIES = List.of("A good start; see the comments.",
			"Promising work. Show the effect on your students more directly and resubmit.",
			"The plan is strong; the evidence does not yet show it working in class.",
			"Please add student work samples and connect your reflection to them.");

	static final List<String> REVOCATION_REASONS = List.of("Issued in error: the enrollment belonged to another teacher.",
			"The evidence was found not to be the teacher's own work.", "Requested by the earner.",
			"The issuer withdrew recognition after an appeal review.");

	static final List<String> SUSPENSION_REASONS = List.of("Under review after a complaint about the evidence.",
			"Licence verification pending with the state agency.");

	private Vocabulary() {
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Letters only, lower case, for e-mail addresses. */
	static String ascii(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("[^A-Za-z]", "")
			.toLowerCase(java.util.Locale.ROOT);
	}

}
