package uk.gov.worcester.housing.core.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every value type in this library uses, so that all of them read the
 * same: accessors without {@code get} prefixes, a {@code copy} ({@code withX}) method, JDK
 * collections only, and a missing required attribute reported as an {@link InvalidValueException}
 * naming the attribute instead of a bare {@link IllegalStateException}.
 *
 * <p>Put it on a package ({@code package-info.java}) or a type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    redactedMask = "***",
    throwForInvalidImmutableState = InvalidValueException.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
public @interface HousingStyle {}
