package dev.rolebook.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a browser test class that runs against the guide of the example project with optional
 * policies ({@code examples/abca-upstream-six-policies}), rendered once per test JVM.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@interface RenderedExample {}
