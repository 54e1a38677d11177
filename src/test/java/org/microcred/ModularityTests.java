package org.microcred;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules only use each other's published APIs, have no cycles, and their documentation is generated
 * (under target/spring-modulith-docs).
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MicrocredApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}

}
