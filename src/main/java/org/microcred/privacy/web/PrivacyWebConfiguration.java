package org.microcred.privacy.web;

import org.microcred.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page a person sees once their account is deleted is public: they are no longer signed in. */
@Configuration(proxyBeanMethods = false)
class PrivacyWebConfiguration {

	@Bean
	PublicRoutes privacyPublicRoutes() {
		return new PublicRoutes("/account/deleted");
	}

}
