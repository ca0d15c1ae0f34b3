package org.psirtmaturity.model.first;

import java.util.Objects;
import java.util.Optional;

/**
 * One requirement of a FIRST PSIRT maturity level: an operational foundation to have in place, or a
 * service-area activity to perform.
 *
 * <p>A service requirement that corresponds to one framework of the maturity sheet names it in
 * {@link #service()}, so it can be judged from the level scored for that framework. A requirement
 * without such a service (every foundation, and an activity such as triage that has no service of
 * its own) can only be judged from an explicit yes/no answer.
 *
 * @param key         a stable identifier, lower-case words joined by hyphens or dots, e.g.
 *                    {@code "intake"} or {@code "policy.disclosure"}
 * @param kind        whether this is a foundation or a service-area activity
 * @param foundation  the operational foundation, present exactly for {@link Kind#FOUNDATION}
 * @param area        the service area, present exactly for {@link Kind#SERVICE_ACTIVITY}
 * @param service     the service (and sheet framework) the activity corresponds to, if any
 * @param description a short English description
 */
public record Requirement(
        String key,
        Kind kind,
        Optional<OperationalFoundation> foundation,
        Optional<FirstServiceArea> area,
        Optional<FirstService> service,
        String description) {

    /** What a requirement is about. */
    public enum Kind {
        /** An operational foundation (sponsorship, stakeholders, budget, policies …). */
        FOUNDATION,
        /** An activity of a service area. */
        SERVICE_ACTIVITY
    }

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException if the key is malformed, or the optional parts do not match
     *                                  the kind, or the service lies outside the area
     * @throws NullPointerException     if an argument is null
     */
    public Requirement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(description, "description");
        if (!key.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("requirement key \"" + key + "\" must be lower-case words joined by '-' or '.'");
        }
        if (kind == Kind.FOUNDATION && (foundation.isEmpty() || area.isPresent() || service.isPresent())) {
            throw new IllegalArgumentException("a foundation requirement names a foundation and no area or service: " + key);
        }
        if (kind == Kind.SERVICE_ACTIVITY && (foundation.isPresent() || area.isEmpty())) {
            throw new IllegalArgumentException("a service activity names an area and no foundation: " + key);
        }
        if (service.isPresent() && area.isPresent() && service.get().area() != area.get()) {
            throw new IllegalArgumentException("service " + service.get().id() + " is not in area " + area.get().number() + ": " + key);
        }
    }

    /**
     * Creates a foundation requirement.
     *
     * @param key         the stable key
     * @param foundation  the operational foundation
     * @param description a short English description
     * @return the requirement
     */
    public static Requirement foundation(String key, OperationalFoundation foundation, String description) {
        return new Requirement(key, Kind.FOUNDATION, Optional.of(foundation), Optional.empty(), Optional.empty(), description);
    }

    /**
     * Creates a service-area activity that corresponds to a service (and so to a sheet framework).
     *
     * @param key         the stable key
     * @param service     the service
     * @param description a short English description
     * @return the requirement
     */
    public static Requirement service(String key, FirstService service, String description) {
        return new Requirement(key, Kind.SERVICE_ACTIVITY, Optional.empty(), Optional.of(service.area()), Optional.of(service),
                description);
    }

    /**
     * Creates a service-area activity that has no service of its own.
     *
     * @param key         the stable key
     * @param area        the service area
     * @param description a short English description
     * @return the requirement
     */
    public static Requirement activity(String key, FirstServiceArea area, String description) {
        return new Requirement(key, Kind.SERVICE_ACTIVITY, Optional.empty(), Optional.of(area), Optional.empty(), description);
    }
}
