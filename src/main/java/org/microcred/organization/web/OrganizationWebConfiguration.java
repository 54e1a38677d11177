package org.microcred.organization.web;

import org.microcred.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OrganizationWebConfiguration {

	@Bean
	PublicRoutes organizationPublicRoutes() {
		return new PublicRoutes("/organizations/*/logo");
	}

}
