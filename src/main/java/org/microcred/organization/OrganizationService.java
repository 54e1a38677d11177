package org.microcred.organization;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.EmailAddresses;
import org.microcred.identity.Role;
import org.microcred.organization.internal.OrganizationStore;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.microcred.platform.SafeText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuers and districts: creating and editing them, their logos and schools. Platform administrators manage all;
 * an issuer or district administrator manages only their own.
 */
@Service
public class OrganizationService {

	private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

	private final OrganizationStore store;

	private final ApplicationEventPublisher events;

	OrganizationService(OrganizationStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public OrganizationId create(CurrentUser admin, OrganizationKind kind, OrganizationDetails details) {
		admin.require(Role.PLATFORM_ADMIN);
		return createUnchecked(kind, details);
	}

	/** Creates an organization without a permission check: for demo data and tests that run as the system. */
	@Transactional
	public OrganizationId createUnchecked(OrganizationKind kind, OrganizationDetails details) {
		validate(details);
		UUID id = UUID.randomUUID();
		if (!store.insert(id, kind, details)) {
			throw new InvalidInputException("name", kind.messageKey() + ".name-taken");
		}
		if (kind == OrganizationKind.ISSUER) {
			events.publishEvent(new IssuerCreated(new OrganizationId(id), details.name()));
		}
		return new OrganizationId(id);
	}

	@Transactional
	public void update(CurrentUser user, OrganizationId id, OrganizationDetails details, int version) {
		Organization organization = requireAdministered(user, id);
		validate(details);
		if (store.nameTaken(organization.kind(), details.name(), id.value())) {
			throw new InvalidInputException("name", organization.kind().messageKey() + ".name-taken");
		}
		if (store.update(id.value(), details, version) == 0) {
			throw new OptimisticLockingFailureException("organization " + id + " changed meanwhile");
		}
	}

	@Transactional
	public void setLogo(CurrentUser user, OrganizationId id, byte[] image) {
		requireAdministered(user, id);
		String type = ImageTypes.detect(image);
		if (type == null) {
			throw new InvalidInputException("logo", "organization.logo.type");
		}
		if (image.length > ImageTypes.MAX_LOGO_BYTES) {
			throw new InvalidInputException("logo", "organization.logo.too-large");
		}
		store.setLogo(id.value(), image, type);
	}

	public Optional<OrganizationLogo> logo(OrganizationId id) {
		return store.logo(id.value());
	}

	public Optional<Organization> find(OrganizationId id) {
		return store.find(id.value());
	}

	public Organization get(OrganizationId id) {
		return find(id).orElseThrow(() -> new NotFoundException("organization.not-found"));
	}

	public PageResult<Organization> list(OrganizationKind kind, PageRequest page) {
		return new PageResult<>(store.list(kind, page.size(), page.offset()), page.page(), page.size(),
				store.count(kind));
	}

	/** The organizations in which the person holds the role, by name. */
	public List<Organization> administeredBy(CurrentUser user, Role role) {
		return store.findAll(user.organizationsWith(role));
	}

	/** The organization, if the person may administer it (a platform admin, or its own admin); else 403/404. */
	public Organization requireAdministered(CurrentUser user, OrganizationId id) {
		Organization organization = get(id);
		Role adminRole = organization.kind() == OrganizationKind.ISSUER ? Role.ISSUER_ADMIN : Role.DISTRICT_ADMIN;
		if (!user.isPlatformAdmin() && !user.hasRole(adminRole, id.value())) {
			throw new AccessDeniedException("Not an administrator of " + id);
		}
		return organization;
	}

	public Organization requireKind(OrganizationId id, OrganizationKind kind) {
		Organization organization = get(id);
		if (organization.kind() != kind) {
			throw new NotFoundException(kind.messageKey() + ".not-found");
		}
		return organization;
	}

	// --- schools

	@Transactional
	public SchoolId addSchool(CurrentUser user, OrganizationId districtId, String name) {
		requireDistrictAdmin(user, districtId);
		return addSchoolUnchecked(districtId, name, null);
	}

	@Transactional
	public SchoolId addSchoolUnchecked(OrganizationId districtId, String name, String sourcedId) {
		String clean = SafeText.clean(name);
		Msg problem = SafeText.problemWithName(clean, 200);
		if (problem != null) {
			throw new InvalidInputException("name", problem);
		}
		UUID id = UUID.randomUUID();
		if (!store.insertSchool(id, districtId.value(), clean, sourcedId)) {
			throw new InvalidInputException("name", "organization.school.name-taken");
		}
		return new SchoolId(id);
	}

	public List<School> schools(CurrentUser user, OrganizationId districtId) {
		requireDistrictAdmin(user, districtId);
		return store.schools(districtId.value());
	}

	/** Schools of a district, for other modules (no permission check: names only). */
	public List<School> schoolsOf(OrganizationId districtId) {
		return store.schools(districtId.value());
	}

	public Optional<School> school(SchoolId id) {
		return store.school(id.value());
	}

	// --- members

	public PageResult<DistrictMember> members(CurrentUser user, OrganizationId districtId, SchoolId school,
			String query, PageRequest page) {
		requireDistrictAdmin(user, districtId);
		String q = query == null ? "" : query.strip().toLowerCase();
		UUID schoolId = school == null ? null : school.value();
		return new PageResult<>(store.members(districtId.value(), schoolId, q, page.size(), page.offset()),
				page.page(), page.size(), store.countMembers(districtId.value(), schoolId, q));
	}

	public DistrictMember member(CurrentUser user, OrganizationId districtId, AccountId account) {
		requireDistrictAdmin(user, districtId);
		return store.member(districtId.value(), account.value())
			.orElseThrow(() -> new NotFoundException("organization.teacher.not-found"));
	}

	@Transactional
	public void updateMember(CurrentUser user, OrganizationId districtId, AccountId account, SchoolId school,
			String license) {
		member(user, districtId, account);
		if (school != null) {
			requireSchoolOf(districtId, school);
		}
		String cleanLicense = license == null || license.isBlank() ? null : license.strip();
		if (cleanLicense != null && !cleanLicense.matches("[A-Za-z0-9 ./-]{1,50}")) {
			throw new InvalidInputException("stateLicenseNumber", "organization.license-invalid");
		}
		store.updateMember(account.value(), districtId.value(), school == null ? null : school.value(), cleanLicense);
	}

	/**
	 * Deactivates (or reactivates) a teacher's membership: an inactive member stays listed, marked inactive, but no
	 * longer counts among the district's teachers. Nobody is deleted.
	 */
	@Transactional
	public void setMemberActive(CurrentUser user, OrganizationId districtId, AccountId account, boolean active) {
		member(user, districtId, account);
		store.setMemberActive(account.value(), districtId.value(), active);
	}

	/** How many active teachers the district has. */
	public long activeMemberCount(CurrentUser user, OrganizationId districtId) {
		requireDistrictAdmin(user, districtId);
		return store.countActiveMembers(districtId.value());
	}

	/** Records a teacher's place in a district (used when they accept an invitation, and by roster imports). */
	@Transactional
	public void placeTeacher(AccountId account, OrganizationId districtId, SchoolId school, String license,
			String sourcedId) {
		store.upsertMember(account.value(), districtId.value(), school == null ? null : school.value(), license,
				sourcedId);
	}

	/**
	 * The other active teachers of the account's districts, or only of its school: for other modules' counts ("4
	 * colleagues at your school earned it"), never to be listed by name.
	 */
	public Set<AccountId> peersOf(AccountId account, boolean sameSchool) {
		return store.peersOf(account.value(), sameSchool).stream().map(AccountId::new).collect(Collectors.toSet());
	}

	public List<OrganizationId> districtsOf(AccountId account) {
		return store.districtsOf(account.value()).stream().map(OrganizationId::new).toList();
	}

	public Optional<DistrictMember> membership(OrganizationId districtId, AccountId account) {
		return store.member(districtId.value(), account.value());
	}

	public void requireSchoolOf(OrganizationId districtId, SchoolId school) {
		store.school(school.value())
			.filter(s -> s.districtId().equals(districtId))
			.orElseThrow(() -> new InvalidInputException("schoolId", "organization.school.not-of-district"));
	}

	public Organization requireDistrictAdmin(CurrentUser user, OrganizationId districtId) {
		Organization district = requireAdministered(user, districtId);
		if (district.kind() != OrganizationKind.DISTRICT) {
			throw new NotFoundException("organization.district.not-found");
		}
		return district;
	}

	public Organization requireIssuerAdmin(CurrentUser user, OrganizationId issuerId) {
		Organization issuer = requireAdministered(user, issuerId);
		if (issuer.kind() != OrganizationKind.ISSUER) {
			throw new NotFoundException("organization.issuer.not-found");
		}
		return issuer;
	}

	private static void validate(OrganizationDetails d) {
		Msg problem = SafeText.problemWithName(d.name(), 200);
		if (problem != null) {
			throw new InvalidInputException("name", problem);
		}
		if (d.country() == null || !COUNTRIES.contains(d.country())) {
			throw new InvalidInputException("country", "organization.form.country.required");
		}
		if (d.region() != null && SafeText.problemWithName(d.region(), 120) != null) {
			throw new InvalidInputException("region", SafeText.problemWithName(d.region(), 120));
		}
		if (d.category() != null && SafeText.problemWithName(d.category(), 40) != null) {
			throw new InvalidInputException("category", SafeText.problemWithName(d.category(), 40));
		}
		if (d.website() != null && !d.website().matches("https?://[^\\s<>\"]{3,490}")) {
			throw new InvalidInputException("website", "organization.form.website.invalid");
		}
		if (d.contactEmail() != null && !EmailAddresses.valid(d.contactEmail())) {
			throw new InvalidInputException("contactEmail", "organization.form.contact-email.invalid");
		}
		if (d.description() != null && d.description().length() > 2000) {
			throw new InvalidInputException("description", "organization.form.description.too-long");
		}
	}

}
