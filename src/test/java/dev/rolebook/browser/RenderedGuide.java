package dev.rolebook.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a browser test class that runs against this project's own guide, rendered once per test
 * JVM (see {@link GuideSite}), instead of the hand-made fixture page.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@interface RenderedGuide {}
